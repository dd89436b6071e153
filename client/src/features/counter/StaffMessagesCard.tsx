import type { MessageAsk } from '../booking/subscribeTemplates'
import { MessagesCard } from '../messages/MessagesCard'

/** 消息提醒 in the staff queue: a new appointment for the window, one assigned to them (R9, R10), a change turned down (R16). */
export function StaffMessagesCard({ ask }: { ask: MessageAsk }) {
  return <MessagesCard ask={ask} when="有新工单派到本窗口、分配给您或变更申请有结果时" what="新工单提醒" />
}
