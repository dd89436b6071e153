import { Input, Textarea } from '@tarojs/components'
import { useMemo, useState } from 'react'
import type { ItemToTell } from '@shared/appointments'
import { applicantName } from '@shared/appointments'
import type { TimeSpan } from '@shared/calendar'
import { Field } from '../../components/Field'
import { ApplicantCall } from './ApplicantCall'
import { initialAgreedTime, timeSlots } from './confirmTime'
import { MAX_PLANNED_MINUTES, confirmInput, type ConfirmForm } from './counterInputs'
import { MaterialsToTell } from './MaterialsToTell'
import { ReasonField } from '../scheme/ReasonField'
import { CheckRow, StepFrame } from './StepFrame'
import { TimeChoice } from './TimeChoice'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

export interface ConfirmStepProps extends StepProps {
  suggestedTimes: readonly string[]
  serviceHours: readonly TimeSpan[]
  itemsToTell: readonly ItemToTell[]
  /** The caller may see and dial the whole phone (`canSeePhone`). */
  canCall: boolean
}

/**
 * R11, R12, R14 on one screen: call the applicant (a tap dials), tell every
 * item's materials once and in full, tick that they were told, and pick the
 * agreed time: it starts from the applicant's preferred time or the first
 * suggested time; suggestions are chips, any other slot of the service hours
 * is in the picker; never typed. 确认预约 is the primary button.
 */
export function ConfirmStep({ appointment, reload, onDone, suggestedTimes, serviceHours, itemsToTell, canCall }: ConfirmStepProps) {
  const [form, setForm] = useState<ConfirmForm>(() => ({
    agreedTime: initialAgreedTime(appointment, suggestedTimes, serviceHours),
    plannedMinutes: '',
    note: '',
    materialsToldInFull: false,
  }))
  const step = useCounterStep('confirm', appointment, reload, onDone)
  const slots = useMemo(() => timeSlots(serviceHours, [form.agreedTime, ...(appointment.preferredTime ? [appointment.preferredTime] : [])]), [serviceHours, form.agreedTime, appointment.preferredTime])
  const set = (patch: Partial<ConfirmForm>) => setForm((f) => ({ ...f, ...patch }))
  return (
    <StepFrame title="联系申请人并确认" submitLabel="确认预约" primary {...step} onSubmit={() => void step.submit(confirmInput(form))}>
      <ApplicantCall name={applicantName(appointment.applicant)} phone={appointment.applicant.phone} canCall={canCall} />
      <MaterialsToTell items={itemsToTell} />
      <CheckRow label="已一次性告知所需材料" checked={form.materialsToldInFull} onToggle={() => set({ materialsToldInFull: !form.materialsToldInFull })} />
      {step.fieldErrors['contact.materialsToldInFull'] && <Field label="" error={step.fieldErrors['contact.materialsToldInFull']} />}
      <Field
        label="约定时间"
        hint={suggestedTimes.length ? '点选建议时间，或在下框选择其他时间' : '在下框选择时间'}
        error={step.fieldErrors.agreedTime}
      >
        <TimeChoice value={form.agreedTime} suggestions={suggestedTimes} slots={slots} onChange={(agreedTime) => set({ agreedTime })} />
      </Field>
      <Field label="计划办理时长（分钟）" hint={`不填按事项预计时长；原则上不超过${MAX_PLANNED_MINUTES}分钟`} error={step.fieldErrors.plannedMinutes}>
        <Input className="admin-input" type="number" value={form.plannedMinutes} onInput={(e) => set({ plannedMinutes: e.detail.value })} />
      </Field>
      <Field label="联系记录" error={step.fieldErrors['contact.note']}>
        <Textarea className="admin-input admin-textarea" value={form.note} placeholder="如：已电话联系，告知携带身份证" onInput={(e) => set({ note: e.detail.value })} />
      </Field>
      <ReasonField error={step.fieldErrors.reason} value={form.reason ?? ''} onInput={(reason) => set({ reason })} />
    </StepFrame>
  )
}
