import { Text, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import type { MessageAsk } from '../booking/subscribeTemplates'
import { useMessageSubscription } from './useMessageSubscription'

interface MessagesCardProps {
  ask: MessageAsk
  /** When WeChat will notify, e.g. `有新工单派到本窗口或分配给您时`. */
  when: string
  /** What the messages are, e.g. `新工单提醒`. */
  what: string
}

/** 消息提醒: one tap asks WeChat to allow the messages; says whether they will come, in words a staff member reads at a glance. */
export function MessagesCard({ ask, when, what }: MessagesCardProps) {
  const messages = useMessageSubscription(ask)
  if (!messages.available) return null
  const how = messages.longTerm ? '开启一次即可持续接收，可随时在微信设置中关闭。' : '每点一次可接收一条提醒。'
  const status = messages.longTerm ? `已开启，${what}会持续发送到您的微信` : `已开启，还可接收${messages.left}条${what}`
  return (
    <View className="card">
      <Text className="card__title">消息提醒</Text>
      <Text className="line muted">{`开启后，${when}，微信会通知您。${how}`}</Text>
      {messages.on && <Text className="line notice-text">{status}</Text>}
      {messages.refused && <Text className="line error-text">未开启提醒：请在弹窗中选择“允许”</Text>}
      <ActionButton className="counter-step__submit" disabled={messages.busy} onClick={() => void messages.allow()}>
        {messages.busy ? '正在开启…' : `开启${what}`}
      </ActionButton>
    </View>
  )
}
