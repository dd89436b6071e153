import type { DayInfo } from '@shared/calendar'
import { formatHours } from '@shared/calendar'
import { todaySentence } from './todaySentence'

const HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]

describe('what today is at the center (R2, R3, R4, R5)', () => {
  it.each<[string, DayInfo, string]>([
    ['R2 a walk-in weekend, with its hours', { date: '2026-10-17', kind: 'weekend', service: 'walk-in', hours: HOURS }, '今天周末无休，窗口照常办理：上午8:30-12:00，下午13:30-17:00'],
    ['R3/R4 a holiday, by appointment', { date: '2026-10-01', kind: 'holiday', holidayName: '国庆节', service: 'appointment' }, '今天是国庆节假期，按预约办理'],
    ['R3 a weekend inside a holiday', { date: '2026-09-26', kind: 'holiday', holidayName: '中秋节', service: 'appointment' }, '今天是中秋节假期，按预约办理'],
    ['R5 an ordinary working day', { date: '2026-10-12', kind: 'workday', service: 'normal' }, '今天是工作日，正常办理'],
    ['R5 a make-up working weekend', { date: '2026-09-20', kind: 'makeup', service: 'normal' }, '今天调休上班，正常办理'],
    ['a day the calendar does not know', { date: '2027-01-04', kind: 'unknown', service: 'unknown' }, '今年的节假日安排尚未录入，请致电咨询'],
    ["a last day of December waiting for next year's notice", { date: '2026-12-30', kind: 'unknown', service: 'unknown' }, '2027年的节假日安排尚未录入，今天是否办理请致电咨询'],
  ])('%s', (_case, day, sentence) => {
    expect(todaySentence(day)).toBe(sentence)
  })

  it('names the half of the day each span of hours starts in', () => {
    expect(formatHours([{ start: '09:00', end: '11:30' }, { start: '14:00', end: '16:00' }])).toBe('上午9:00-11:30，下午14:00-16:00')
  })
})
