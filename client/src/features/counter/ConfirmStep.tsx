import { Input, Textarea } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { Field } from '../../components/Field'
import { MAX_PLANNED_MINUTES, confirmInput, type ConfirmForm } from './counterInputs'
import { ReasonField } from '../scheme/ReasonField'
import { CheckRow, StepFrame } from './StepFrame'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

/**
 * R11, R12, R14: after calling the applicant, the staff records the agreed
 * time (the first suggested time offered), the planned minutes and that the
 * materials were told once and in full.
 */
export function ConfirmStep({ appointment, reload, suggestedTimes }: StepProps & { suggestedTimes: string[] }) {
  const [form, setForm] = useState<ConfirmForm>({
    agreedTime: suggestedTimes[0] ?? appointment.preferredTime ?? '',
    plannedMinutes: '',
    note: '',
    materialsToldInFull: false,
  })
  const step = useCounterStep('confirm', appointment, reload)
  // The suggestions come with the queue, which may answer after the record: offer the first unless a time was typed.
  const firstSuggestion = suggestedTimes[0]
  useEffect(() => {
    if (firstSuggestion) setForm((f) => (f.agreedTime === '' || f.agreedTime === appointment.preferredTime ? { ...f, agreedTime: firstSuggestion } : f))
  }, [firstSuggestion, appointment.preferredTime])
  const set = (patch: Partial<ConfirmForm>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <StepFrame title="联系申请人并确认" submitLabel="确认预约" {...step} onSubmit={() => void step.submit(confirmInput(form))}>
      <Field
        label="约定时间（时:分）"
        hint={suggestedTimes.length ? `建议时间：${suggestedTimes.join('、')}` : undefined}
        error={step.fieldErrors.agreedTime}
      >
        <Input className="admin-input" value={form.agreedTime} placeholder="如 09:00" onInput={(e) => set({ agreedTime: e.detail.value })} />
      </Field>
      <Field label="计划办理时长（分钟）" hint={`不填按事项预计时长；原则上不超过${MAX_PLANNED_MINUTES}分钟`} error={step.fieldErrors.plannedMinutes}>
        <Input className="admin-input" type="number" value={form.plannedMinutes} onInput={(e) => set({ plannedMinutes: e.detail.value })} />
      </Field>
      <Field label="联系记录" error={step.fieldErrors['contact.note']}>
        <Textarea className="admin-input admin-textarea" value={form.note} placeholder="如：已电话联系，告知携带身份证" onInput={(e) => set({ note: e.detail.value })} />
      </Field>
      <CheckRow label="已一次性告知所需材料" checked={form.materialsToldInFull} onToggle={() => set({ materialsToldInFull: !form.materialsToldInFull })} />
      {step.fieldErrors['contact.materialsToldInFull'] && <Field label="" error={step.fieldErrors['contact.materialsToldInFull']} />}
      <ReasonField error={step.fieldErrors.reason} value={form.reason ?? ''} onInput={(reason) => set({ reason })} />
    </StepFrame>
  )
}
