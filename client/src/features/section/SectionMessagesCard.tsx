import type { MessageAsk } from '../booking/subscribeTemplates'
import { MessagesCard } from '../messages/MessagesCard'

/** 消息提醒 in the section's inbox: a request left undispatched (R9), a proposed change (R16), force majeure (R17). */
export function SectionMessagesCard({ ask }: { ask: MessageAsk }) {
  return <MessagesCard ask={ask} when="有预约超时未派单、窗口申请变更或报告不可抗力时" what="派单审批提醒" />
}
