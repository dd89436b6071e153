import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import { ATTEMPT_RESULT_NAMES, ATTEMPT_RESULTS, ATTEMPT_WAY_NAMES, ATTEMPT_WAYS, type AppointmentView } from '@shared/appointments'
import { civilTimeOf } from '@shared/time'
import { ActionButton } from '../../components/ActionButton'
import { Field } from '../../components/Field'
import { StepFrame } from '../counter/StepFrame'
import type { StepProps } from '../counter/stepProps'
import { useCounterStep } from '../counter/useCounterStep'

type Way = (typeof ATTEMPT_WAYS)[number]
type Result = (typeof ATTEMPT_RESULTS)[number]

/** The attempts so far, as staff read them: 09:05 电话 无人接听. */
export function attemptLines(appointment: Pick<AppointmentView, 'contactAttempts'>): string[] {
  return (appointment.contactAttempts ?? []).map((a) => `${civilTimeOf(a.at)} ${ATTEMPT_WAY_NAMES[a.way]} ${ATTEMPT_RESULT_NAMES[a.result]}${a.note ? `（${a.note}）` : ''}`)
}

/**
 * R18: after the agreed time, an applicant who has not come — staff record
 * each attempt to reach them as they make it (now, how, what came of it).
 * One who answers goes to 登记迟到 instead. Folded until opened or an
 * attempt is recorded: most confirmed appointments never need it.
 */
export function RecordAttemptStep({ appointment, reload }: StepProps) {
  const [open, setOpen] = useState((appointment.contactAttempts?.length ?? 0) > 0)
  const [way, setWay] = useState<Way>('phone')
  const [result, setResult] = useState<Result>('no_answer')
  const [note, setNote] = useState('')
  const step = useCounterStep('recordAttempt', appointment, reload)
  const lines = attemptLines(appointment)
  const submit = async () => {
    if (await step.submit({ ok: true, value: { way, result, ...(note.trim() ? { note: note.trim() } : {}) } })) setNote('')
  }
  if (!open) {
    return (
      <View className="card counter-step">
        <ActionButton className="btn-secondary" onClick={() => setOpen(true)}>
          申请人未到？登记联系记录
        </ActionButton>
      </View>
    )
  }
  return (
    <StepFrame title="申请人未到：登记联系记录" submitLabel="登记本次联系" {...step} onSubmit={() => void submit()}>
      <Text className="line muted">{lines.length ? `已联系${lines.length}次：` : '约定时间已到，申请人未到时，每联系一次登记一次'}</Text>
      {lines.map((line) => (
        <Text key={line} className="line">
          {line}
        </Text>
      ))}
      <Field label="联系方式" error={step.fieldErrors.way}>
        <View className="chips__row">
          {ATTEMPT_WAYS.map((w) => (
            <Text key={w} className={w === way ? 'chip chip--on' : 'chip'} onClick={() => setWay(w)}>
              {ATTEMPT_WAY_NAMES[w]}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="联系结果" error={step.fieldErrors.result}>
        <View className="chips__row">
          {ATTEMPT_RESULTS.map((r) => (
            <Text key={r} className={r === result ? 'chip chip--on' : 'chip'} onClick={() => setResult(r)}>
              {ATTEMPT_RESULT_NAMES[r]}
            </Text>
          ))}
        </View>
      </Field>
      <Field label="说明（选填）" error={step.fieldErrors.note}>
        <Textarea className="admin-input admin-textarea" value={note} placeholder="如：拨打两次均无人接听" onInput={(e) => setNote(e.detail.value)} />
      </Field>
    </StepFrame>
  )
}

/**
 * R18: once enough attempts failed and enough time passed (the server says
 * if not yet), close the appointment as 未到 — counted as served, unlike a
 * cancellation, and distinct from 放弃 (the applicant said they give up).
 */
export function MarkNoShowStep({ appointment, reload }: StepProps) {
  const step = useCounterStep('markNoShow', appointment, reload)
  return (
    <StepFrame title="登记未到" submitLabel="登记未到" {...step} onSubmit={() => void step.submit({ ok: true, value: {} })}>
      <Text className="line muted">多次联系仍联系不上时登记未到，视为已服务；申请人接通并表示放弃的，请用“登记迟到”。</Text>
    </StepFrame>
  )
}
