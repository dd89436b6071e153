/**
 * How long a request has waited for dispatch, in working time (R9: counted
 * 08:30–12:00 and 13:30–17:00 of working days by the server).
 *
 * @example waitingText(135) // '已等待 2小时15分钟（工作时间）'
 */
export function waitingText(minutes: number): string {
  const hours = Math.floor(minutes / 60)
  const rest = minutes % 60
  const span = hours > 0 ? `${hours}小时${rest > 0 ? `${rest}分钟` : ''}` : `${rest}分钟`
  return `已等待 ${span}（工作时间）`
}
