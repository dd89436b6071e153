import { noInputSchema, ok } from '@shared/api'
import { issueReason, messageKindName, type MessageIssueView } from '@shared/messages'
import { guarded } from '@server/guard'
import { appointmentRepository } from '@server/appointments/appointmentRepository'
import { outboxRepository, type OutboxMessage } from '@server/notify/outboxRepository'

/** How many undelivered messages the admin sees: the latest. */
const SHOWN = 50

const TO_NAMES: Record<OutboxMessage['to'], string> = { applicant: '申请人', 'window-staff': '窗口工作人员', section: '管理科' }

/**
 * `messages.issues` (R11, R20): the latest messages that ended undelivered — failed for
 * good or skipped — each with its reason in Chinese (`issueReason`), so the admin sees a
 * missing SMS template, a landline, an outage, and acts. Requests: 4 (staff record, two
 * reads of the outbox, the appointments named).
 */
export const messageIssues = guarded(['admin'], noInputSchema, async (_input, ctx) => {
  const messages = await outboxRepository(ctx.db).issues(SHOWN)
  const ids = [...new Set(messages.map((m) => m.appointmentId).filter((id): id is string => Boolean(id)))]
  const appointments = ids.length ? await appointmentRepository(ctx.db).findByIds(ids) : []
  const referenceOf = new Map(appointments.map((a) => [a.id, a.referenceNo]))
  const items: MessageIssueView[] = messages.map((m) => {
    const referenceNo = m.appointmentId ? referenceOf.get(m.appointmentId) : undefined
    return {
      id: m.id,
      kindName: messageKindName(m.template),
      channelName: m.channel === 'sms' ? '短信' : '微信订阅消息',
      toName: m.subject?.kind === 'complaint' ? '投诉人' : TO_NAMES[m.to],
      statusName: m.status === 'skipped' ? '未发送' : '发送失败',
      reason: issueReason(m),
      at: m.createdAt,
      ...(referenceNo ? { referenceNo } : {}),
    }
  })
  return ok({ items })
})
