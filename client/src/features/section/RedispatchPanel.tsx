import { Text, Textarea, View } from '@tarojs/components'
import { useState } from 'react'
import type { SectionRecordAnswer } from '@shared/appointments'
import type { DepartmentWithWindows } from '@shared/org'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { windowLabel } from '../items/windowLabel'
import { redispatchChoices } from './redispatchChoices'
import { useRedispatchForm } from './useRedispatchForm'

/**
 * 改派 (R9, R13): until a window confirms the appointment, the section moves
 * it to another window of the items' department, or of another department
 * when it decides so, with the reason. The old window's assignment is
 * cleared and the new window told (the server's step); the page then says so.
 */
export function RedispatchPanel({ record, departments, onDone }: { record: SectionRecordAnswer; departments: DepartmentWithWindows[]; onDone: () => void }) {
  const [done, setDone] = useState<string>()
  const form = useRedispatchForm(record.appointment, onDone)
  const choices = redispatchChoices(record.appointment, record.leadDepartment?.id, departments, form.otherDepartment)
  const chosen = choices.find((w) => w.id === form.leadWindowId)
  const submit = async () => {
    const label = chosen ? windowLabel(chosen) : ''
    if (await form.submit()) setDone(label)
  }
  return (
    <View className="card">
      <Text className="card__title">改派到其他窗口</Text>
      {done && (
        <View className="notice section-success">
          <Text>{`改派成功，已通知${done}。原窗口的分配已撤回，下一步由新窗口负责人指派经办人。`}</Text>
        </View>
      )}
      <Text className="line muted">窗口确认预约前，管理科可以改派。原窗口的分配会撤回，新窗口会收到通知。</Text>
      <FormField label="新的主办窗口" error={form.errors.leadWindowId}>
        <View className="chips__row">
          {choices.length === 0 && <Text className="line muted">没有可改派的窗口</Text>}
          {choices.map((w) => (
            <Text key={w.id} className={w.id === form.leadWindowId ? 'chip chip--on' : 'chip'} onClick={() => form.setLeadWindowId(w.id)}>
              {windowLabel(w)}
            </Text>
          ))}
        </View>
        <Text className={form.otherDepartment ? 'chip chip--on' : 'chip'} onClick={form.toggleOtherDepartment}>
          {form.otherDepartment ? '✓ 改派至其他部门' : '改派至其他部门'}
        </Text>
      </FormField>
      <FormField label="改派原因" error={form.errors.reason}>
        <Textarea className="booking-textarea" placeholder="例如：原窗口当天人手不足" maxlength={100} value={form.reason} onInput={(e) => form.setReason(e.detail.value)} />
      </FormField>
      {form.refusal && !form.errors.leadWindowId && !form.errors.reason && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary section-big-button" disabled={form.busy} onClick={() => void submit()}>
        {form.busy ? '正在改派…' : '确认改派'}
      </ActionButton>
    </View>
  )
}
