import { formatBeijingTime } from '../admin/formatBeijingTime'

/**
 * The follow-up deadline as the section reads it (R20), with the overdue
 * mark when it has passed while open, and the time it was handled otherwise.
 * @example deadlineText({ dueAt, overdue: true }) // '处理期限：2026年10月15日 17:00（已超期）'
 */
export function deadlineText(state: { dueAt: number; overdue: boolean; resolvedAt?: number }): string {
  if (state.resolvedAt !== undefined) return `已于 ${formatBeijingTime(state.resolvedAt)} 处理`
  return `处理期限：${formatBeijingTime(state.dueAt)}${state.overdue ? '（已超期）' : ''}`
}
