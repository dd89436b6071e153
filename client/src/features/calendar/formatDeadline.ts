import { civilDateOf, civilTimeOf } from '@shared/time'
import { formatMonthDay } from './formatCivilDate'

/**
 * A holiday's booking deadline (R6) in Beijing time, whatever the phone's
 * zone: the server sends ISO strings with their offset. On the deadline's own
 * day, before it, the line says 今天 and the time left, so the last-day
 * citizen sees the hurry (issue 16, item 4).
 * @example formatDeadline('2026-09-30T17:00:00+08:00') // '9月30日 17:00 前预约'
 * @example formatDeadline('2026-09-30T17:00:00+08:00', '2026-09-30T14:45:00+08:00') // '今天17:00截止，还剩2小时15分'
 */
export function formatDeadline(iso: string, now?: string): string {
  const left = now ? Date.parse(iso) - Date.parse(now) : -1
  if (now && left > 0 && civilDateOf(now) === civilDateOf(iso)) return `今天${civilTimeOf(iso)}截止，${timeLeft(left)}`
  return `${formatMonthDay(civilDateOf(iso))} ${civilTimeOf(iso)} 前预约`
}

/**
 * @example timeLeft(135 * 60_000) // '还剩2小时15分'
 * @example timeLeft(30_000) // '还剩不到1分钟'
 */
function timeLeft(ms: number): string {
  const minutes = Math.floor(ms / 60_000)
  if (minutes < 1) return '还剩不到1分钟'
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  if (hours === 0) return `还剩${rest}分钟`
  return rest === 0 ? `还剩${hours}小时` : `还剩${hours}小时${rest}分`
}
