/**
 * A time limit (法定办结时限, 承诺办结时限) as the guide reads it.
 * @example workingDaysText(0) // '即办（当场办结）'
 * @example workingDaysText(20) // '20个工作日'
 */
export function workingDaysText(days: number): string {
  return days === 0 ? '即办（当场办结）' : `${days}个工作日`
}
