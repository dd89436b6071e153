import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { SectionRecordAnswer } from '@shared/appointments'
import type { DepartmentWithWindows } from '@shared/org'
import { ActionButton } from '../../components/ActionButton'
import { DateField, TimeField } from '../../components/PickerFields'
import { FormField } from '../booking/FormField'
import { formatFullDate } from '../calendar/formatCivilDate'
import { windowLabel } from '../items/windowLabel'
import { redispatchChoices } from './redispatchChoices'
import { useRescheduleForm } from './useRescheduleForm'

/**
 * 不可抗力后改期 (R17): after a force majeure the section arranges what
 * follows instead of leaving it there: another date or time, another staff
 * member of the window, or another window of the same department, with what
 * was agreed with the applicant. The applicant and the staff or window are
 * told (the server's step); the page then says so.
 */
export function ReschedulePanel({ record, departments, open, onDone }: { record: SectionRecordAnswer; departments: DepartmentWithWindows[]; open: boolean; onDone: () => void }) {
  // Kept here, above the form: once rescheduled the record reloads and the form is no longer offered, the outcome stays said.
  const [done, setDone] = useState<string>()
  if (!open && !done) return null
  return (
    <View className="card">
      <Text className="card__title">不可抗力后改期</Text>
      {done && (
        <View className="notice section-success">
          <Text>{done}</Text>
        </View>
      )}
      {open && <RescheduleForm record={record} departments={departments} onDone={(message) => { setDone(message); onDone() }} />}
    </View>
  )
}

function RescheduleForm({ record, departments, onDone }: { record: SectionRecordAnswer; departments: DepartmentWithWindows[]; onDone: (message: string) => void }) {
  const { appointment } = record
  const form = useRescheduleForm(appointment)
  const windows = redispatchChoices(appointment, record.leadDepartment?.id, departments, false)
  const staff = record.leadWindowStaff ?? []
  const was = `${formatFullDate(appointment.date)}${appointment.agreedTime ? ` ${appointment.agreedTime}` : ''}`
  const submit = async () => {
    const chosenWindow = windows.find((w) => w.id === form.leadWindowId)
    const outcome = await form.submit()
    if (outcome === 'window') onDone(`改期成功，已通知${chosenWindow ? windowLabel(chosenWindow) : '新窗口'}和申请人。下一步由该窗口负责人分配经办人员。`)
    if (outcome === 'staff') onDone('改期成功，已通知经办人员和申请人。')
  }
  return (
    <>
      <Text className="line muted">{`原定${was}。请与申请人商定后，选择新的时间、经办人员，或改由本部门其他窗口办理。`}</Text>
      <FormField label="新的日期（不选则不变）" error={form.errors.newDate}>
        <DateField className="field reschedule-new-date" value={form.newDate} placeholder={`仍为${formatFullDate(appointment.date)}`} onChange={form.setNewDate} />
      </FormField>
      <FormField label="新的时间" error={form.errors.newTime}>
        <TimeField className="field reschedule-new-time" value={form.newTime} start="07:00" end="21:00" placeholder={appointment.agreedTime ? `仍为${appointment.agreedTime}` : '请选择时间'} onChange={form.setNewTime} onClear={() => form.setNewTime('')} />
      </FormField>
      <FormField label="经办人员（本窗口）" error={form.errors.staffId}>
        <View className="chips__row">
          {staff.length === 0 && <Text className="line muted">本窗口暂无在岗人员</Text>}
          {staff.map((s) => (
            <Text key={s.id} className={s.id === form.staffId ? 'chip chip--on' : 'chip'} onClick={() => form.setStaffId(s.id)}>
              {`${s.name}${s.leader ? '（负责人）' : ''}${s.id === appointment.assignedStaffId ? '（原经办）' : ''}`}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="或改由本部门其他窗口办理" error={form.errors.leadWindowId}>
        <View className="chips__row">
          {windows.length === 0 && <Text className="line muted">本部门没有其他窗口</Text>}
          {windows.map((w) => (
            <Text key={w.id} className={w.id === form.leadWindowId ? 'chip chip--on' : 'chip'} onClick={() => form.setLeadWindowId(w.id)}>
              {windowLabel(w)}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="改期说明" error={form.errors.reason}>
        <Textarea className="booking-textarea" placeholder="例如：已电话告知申请人，改由同事办理" maxlength={200} value={form.reason} onInput={(e) => form.setReason(e.detail.value)} />
      </FormField>
      {form.refusal && !Object.keys(form.errors).length && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary section-big-button" disabled={form.busy} onClick={() => void submit()}>
        {form.busy ? '正在改期…' : '确认改期'}
      </ActionButton>
    </>
  )
}
