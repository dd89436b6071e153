import { Text, Textarea, View } from '@tarojs/components'
import type { AppointmentView } from '@shared/appointments'
import { ActionButton } from '../../components/ActionButton'
import { DateField, TimeField } from '../../components/PickerFields'
import { formatFullDate } from '../calendar/formatCivilDate'
import { FormField } from './FormField'
import { canAskToMove, useMoveRequest } from './useMoveRequest'

/**
 * 申请改期 (R16): the applicant asks to move their confirmed appointment, at
 * least 12 hours before the agreed time; the section decides and the
 * applicant is told. While the request waits, the card says so.
 */
export function MoveRequestCard({ appointment, onDone }: { appointment: AppointmentView; onDone: () => void }) {
  const form = useMoveRequest(appointment, onDone)
  const pending = appointment.status === 'change_pending' && appointment.change?.byApplicant === true && appointment.change.decision === undefined
  if (pending) {
    return (
      <View className="card">
        <Text className="card__title">改期申请已提交</Text>
        <Text className="line">管理科审批后会通知您；审批前仍按原约定时间办理。</Text>
      </View>
    )
  }
  if (!canAskToMove(appointment.status)) return null
  // R16: the answer is also on the page, for an applicant whose message did not reach them.
  const rejected = appointment.change?.byApplicant === true && appointment.change.decision === 'rejected'
  if (!form.open) {
    return (
      <View className="card">
        <Text className="card__title">时间不合适？</Text>
        {rejected && <Text className="line">您上次的改期申请未获管理科批准，仍按约定时间办理。</Text>}
        <Text className="line muted">约定时间12小时以前可以申请改期，由管理科审批。</Text>
        <ActionButton className="btn-secondary" onClick={() => form.setOpen(true)}>
          申请改期
        </ActionButton>
      </View>
    )
  }
  return (
    <View className="card">
      <Text className="card__title">申请改期</Text>
      <Text className="line muted">{`现约定${formatFullDate(appointment.date)}${appointment.agreedTime ? ` ${appointment.agreedTime}` : ''}。请选择新的日期或时间（须为节假日服务时间）。`}</Text>
      <FormField label="新的日期（不选则不变）" error={form.errors.newDate}>
        <DateField className="field move-new-date" value={form.newDate} placeholder={`仍为${formatFullDate(appointment.date)}`} onChange={form.setNewDate} />
      </FormField>
      <FormField label="新的时间" error={form.errors.newTime}>
        <TimeField className="field move-new-time" value={form.newTime} start="08:00" end="18:00" placeholder="请选择时间" onChange={form.setNewTime} onClear={() => form.setNewTime('')} />
      </FormField>
      <FormField label="改期原因" error={form.errors.reason}>
        <Textarea className="booking-textarea" placeholder="例如：临时出差，想改到下午" maxlength={200} value={form.reason} onInput={(e) => form.setReason(e.detail.value)} />
      </FormField>
      {form.refusal && !Object.keys(form.errors).length && <Text className="line error-text">{form.refusal.message}</Text>}
      <View className="dialog__actions">
        <ActionButton className="btn-secondary" disabled={form.busy} onClick={() => form.setOpen(false)}>
          不改期
        </ActionButton>
        <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
          {form.busy ? '正在提交…' : '提交改期申请'}
        </ActionButton>
      </View>
    </View>
  )
}
