import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { useStaffSubscription } from './useStaffSubscription'

/** 消息提醒: one tap allows the next new-appointment or assignment message (R9, R10). */
export function StaffMessagesCard({ templates }: { templates: string[] }) {
  const messages = useStaffSubscription(templates)
  if (!messages.available) return null
  return (
    <View className="card">
      <Text className="card__title">消息提醒</Text>
      <Text className="line muted">开启后，有新工单派到本窗口或分配给您时，微信会通知您。每点一次可接收一条提醒。</Text>
      {messages.left !== undefined && <Text className="line notice-text">{`已开启，还可接收${messages.left}条新工单提醒`}</Text>}
      {messages.refused && <Text className="line error-text">未开启提醒：请在弹窗中选择“允许”</Text>}
      <ActionButton className="counter-step__submit" disabled={messages.busy} onClick={() => void messages.allow()}>
        {messages.busy ? '正在开启…' : '开启新工单提醒'}
      </ActionButton>
    </View>
  )
}
