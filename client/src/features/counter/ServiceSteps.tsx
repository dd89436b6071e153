import { Textarea } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { TimeField } from '../../components/PickerFields'
import { completeInput, confirmPartInput, type CompleteForm } from './counterInputs'
import { StepFrame } from './StepFrame'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

/** R13: an assisting window (配合) confirms its part of the parallel appointment. */
export function ConfirmPartStep({ appointment, reload, onDone }: StepProps) {
  const [note, setNote] = useState('')
  const step = useCounterStep('confirmPart', appointment, reload, onDone)
  return (
    <StepFrame title="确认配合办理" submitLabel="确认配合" {...step} onSubmit={() => void step.submit(confirmPartInput({ note }))}>
      <Field label="说明" error={step.fieldErrors.note}>
        <Textarea className="admin-input admin-textarea" value={note} onInput={(e) => setNote(e.detail.value)} />
      </Field>
    </StepFrame>
  )
}

/** R19: service begins, on the appointment's day. */
export function StartStep({ appointment, reload, onDone }: StepProps) {
  const step = useCounterStep('start', appointment, reload, onDone)
  return <StepFrame title="开始办理" submitLabel="开始办理" {...step} onSubmit={() => void step.submit({ ok: true, value: {} })} />
}

/** R19: the outcome, with when service began and ended (blank: the recorded start, and now), and a reason when the server asks for one. */
export function CompleteStep({ appointment, reload, onDone }: StepProps) {
  const [form, setForm] = useState<CompleteForm>({ result: '', startTime: '', endTime: '', reason: '' })
  const step = useCounterStep('complete', appointment, reload, onDone)
  const set = (patch: Partial<CompleteForm>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <StepFrame title="办结" submitLabel="办结" {...step} onSubmit={() => void step.submit(completeInput(form, appointment.date))}>
      <Field label="办理结果" error={step.fieldErrors.result}>
        <Textarea className="admin-input admin-textarea" value={form.result} onInput={(e) => set({ result: e.detail.value })} />
      </Field>
      <Field label="开始时间" error={step.fieldErrors.startedAt}>
        <TimeField className="admin-input" value={form.startTime} placeholder="不选按开始办理时记录的时间" onChange={(startTime) => set({ startTime })} onClear={() => set({ startTime: '' })} />
      </Field>
      <Field label="办结时间" error={step.fieldErrors.endedAt}>
        <TimeField className="admin-input" value={form.endTime} placeholder="不选按当前时间" onChange={(endTime) => set({ endTime })} onClear={() => set({ endTime: '' })} />
      </Field>
      {/* Asked for only when a time departs from the record (REASON_REQUIRED): the server's message says which. */}
      {(step.fieldErrors.reason !== undefined || form.reason !== '') && (
        <Field label="原因说明" error={step.fieldErrors.reason}>
          <Textarea className="admin-input admin-textarea" value={form.reason} placeholder="如：申请人提前到达，先行受理" onInput={(e) => set({ reason: e.detail.value })} />
        </Field>
      )}
    </StepFrame>
  )
}
