import type { DayInfo } from '@shared/calendar'
import { YEAR_END_TAIL_FROM } from '@shared/calendar/dayInfo'
import { formatHours } from '@shared/calendar'

/**
 * What today is at the center, in one plain sentence (R2, R3, R4, R5):
 * a walk-in weekend with its hours, a holiday served by appointment, a
 * working day (a make-up one said so), or unknown when the year's
 * arrangement is not entered — then the citizen is told to call, never guessed.
 * The last days of December are unknown while next year's notice is missing
 * (it may join them to its 元旦), so the sentence names that year.
 *
 * @example todaySentence({ date: '2026-10-01', kind: 'holiday', holidayName: '国庆节', service: 'appointment' })
 * // '今天是国庆节假期，按预约办理'
 */
export function todaySentence(today: DayInfo): string {
  switch (today.kind) {
    case 'weekend':
      return today.hours?.length ? `今天周末无休，窗口照常办理：${formatHours(today.hours)}` : '今天周末无休，窗口照常办理'
    case 'holiday':
      return `今天是${today.holidayName ?? '法定节假日'}假期，按预约办理`
    case 'makeup':
      return '今天调休上班，正常办理'
    case 'workday':
      return '今天是工作日，正常办理'
    case 'unknown':
      return today.date.slice(5) >= YEAR_END_TAIL_FROM
        ? `${Number(today.date.slice(0, 4)) + 1}年的节假日安排尚未录入，今天是否办理请致电咨询`
        : '今年的节假日安排尚未录入，请致电咨询'
  }
}
