import type { MessageKind } from '../settings'

/** Each message kind as the admin reads it; a kind added later without a name reads 通知. */
const KIND_NAMES: Partial<Record<MessageKind, string>> = {
  dispatched: '派单通知',
  assigned: '分配通知',
  confirmed: '预约确认',
  change_proposed: '变更申请',
  changed: '预约变更',
  change_rejected: '变更未获批准',
  cancelled: '预约取消',
  force_majeure: '不可抗力报告',
  deviation_reported: '例外情况',
  completed: '办结通知',
  reminder: '办理提醒',
  undispatched: '超时未派单',
  complaint_resolved: '投诉处理结果',
  redispatched_away: '改派通知',
}

/** @example messageKindName('confirmed') // '预约确认' */
export const messageKindName = (kind: MessageKind): string => KIND_NAMES[kind] ?? '通知'
