import { Input, Text, Textarea, View } from '@tarojs/components'
import { COMPLAINT_MAX } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { requestedWhen } from '../booking/appointmentWhen'
import { FormField } from '../booking/FormField'
import { itemNamesOf } from '../booking/itemNamesOf'
import type { useComplaintForm } from './useComplaintForm'
import type { AppointmentView } from '@shared/appointments'

/** 我要投诉: what happened, optionally which of my appointments it is about (R20). */
export function ComplaintForm({
  form,
  appointments,
  names,
}: {
  form: ReturnType<typeof useComplaintForm>
  appointments: readonly AppointmentView[]
  names: ReadonlyMap<string, string>
}) {
  return (
    <View className="card">
      <Text className="card__title">我要投诉</Text>
      <Text className="line muted">管理科会在5个工作日内处理并在此答复。</Text>
      {appointments.length > 0 && (
        <FormField label="涉及的预约（选填）" error={form.errors.appointmentId}>
          <View className="chips__row">
            {appointments.map((a) => (
              <Text key={a.id} className={a.id === form.appointmentId ? 'chip chip--on' : 'chip'} onClick={() => form.chooseAppointment(a.id)}>
                {itemNamesOf(a.itemIds, names)} {requestedWhen(a)}
              </Text>
            ))}
          </View>
        </FormField>
      )}
      <FormField label="投诉内容" error={form.errors.text}>
        <Textarea className="booking-textarea" placeholder="请写明时间、窗口和经过" maxlength={COMPLAINT_MAX} value={form.text} onInput={(e) => form.setText(e.detail.value)} />
      </FormField>
      <FormField label="联系电话（选填）" error={form.errors.contactPhone}>
        <Input className="field" type="text" maxlength={13} placeholder="需要回电时留下，如 13812345678" value={form.contactPhone} onInput={(e) => form.setContactPhone(e.detail.value)} />
      </FormField>
      {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
      {form.filed && <Text className="line">投诉已提交，处理结果会显示在下方。</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在提交…' : '提交投诉'}
      </ActionButton>
    </View>
  )
}
