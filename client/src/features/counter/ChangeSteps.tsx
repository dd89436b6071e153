import { Textarea } from '@tarojs/components'
import { DateField, TimeField } from '../../components/PickerFields'
import { useState } from 'react'
import { Field } from '../../components/Field'
import { forceMajeureInput, markLateInput, proposeChangeInput, type MarkLateForm, type ProposeChangeForm } from './counterInputs'
import { CheckRow, StepFrame } from './StepFrame'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

/** R15, R16: a postponement or change, for the section to approve at least 12 hours ahead. */
export function ProposeChangeStep({ appointment, reload, onDone }: StepProps) {
  const [form, setForm] = useState<ProposeChangeForm>({ reason: '', newDate: '', newTime: '' })
  const step = useCounterStep('proposeChange', appointment, reload, onDone)
  const set = (patch: Partial<ProposeChangeForm>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <StepFrame title="申请变更" submitLabel="提交管理科审批" {...step} onSubmit={() => void step.submit(proposeChangeInput(form))}>
      <Field label="变更原因" error={step.fieldErrors.reason}>
        <Textarea className="admin-input admin-textarea" value={form.reason} onInput={(e) => set({ reason: e.detail.value })} />
      </Field>
      <Field label="新的日期（节假日内，不改可不选）" error={step.fieldErrors.newDate}>
        <DateField className="admin-input change-new-date" value={form.newDate} placeholder="点此选择新的日期" onChange={(newDate) => set({ newDate })} />
      </Field>
      <Field label="新的时间（不改可不选）" error={step.fieldErrors.newTime}>
        <TimeField className="admin-input change-new-time" value={form.newTime} placeholder="点此选择新的时间" start="08:00" end="18:00" onChange={(newTime) => set({ newTime })} onClear={() => set({ newTime: '' })} />
      </Field>
    </StepFrame>
  )
}

/** R17: talk to the applicant, then report to the section at once. */
export function ForceMajeureStep({ appointment, reload, onDone }: StepProps) {
  const [note, setNote] = useState('')
  const step = useCounterStep('forceMajeure', appointment, reload, onDone)
  return (
    <StepFrame title="报告不可抗力" submitLabel="报告管理科" {...step} onSubmit={() => void step.submit(forceMajeureInput({ note }))}>
      <Field label="情况说明" error={step.fieldErrors.note}>
        <Textarea className="admin-input admin-textarea" value={note} onInput={(e) => setNote(e.detail.value)} />
      </Field>
    </StepFrame>
  )
}

/** R18: 30 minutes late, the staff calls; if the applicant gives up it counts as served. */
export function MarkLateStep({ appointment, reload, onDone }: StepProps) {
  const [form, setForm] = useState<MarkLateForm>({ contacted: false, gaveUp: false, note: '' })
  const step = useCounterStep('markLate', appointment, reload, onDone)
  const set = (patch: Partial<MarkLateForm>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <StepFrame title="登记迟到" submitLabel="登记" {...step} onSubmit={() => void step.submit(markLateInput(form))}>
      <CheckRow label="已联系申请人" checked={form.contacted} onToggle={() => set({ contacted: !form.contacted })} />
      {step.fieldErrors.contacted && <Field label="" error={step.fieldErrors.contacted} />}
      <CheckRow label="申请人放弃办理" checked={form.gaveUp} onToggle={() => set({ gaveUp: !form.gaveUp })} />
      <Field label="情况说明" error={step.fieldErrors.note}>
        <Textarea className="admin-input admin-textarea" value={form.note} onInput={(e) => set({ note: e.detail.value })} />
      </Field>
    </StepFrame>
  )
}
