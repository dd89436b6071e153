import { buildCalendar, dayInfo, SHIPPED_YEARS } from '@shared/calendar'
import { dayDetail, dayMark, LEGEND } from './dayMark'

const calendar = buildCalendar(SHIPPED_YEARS)
const day = (date: string) => dayInfo(date, calendar)

describe('day marks of the month calendar (R2, R3, R4, R5)', () => {
  it.each([
    ['2026-10-01', '节假日预约'],
    ['2026-09-26', '节假日预约'], // R3: a Saturday inside 中秋节
    ['2026-09-20', '调休上班'], // R5: a make-up Sunday
    ['2026-10-17', '周末无休'], // R2
    ['2026-12-30', '未知'], // waits for the 2027 notice
  ])('marks %s as %s', (date, label) => {
    expect(dayMark(day(date))?.label).toBe(label)
  })

  it('leaves an ordinary working day unmarked', () => {
    expect(dayMark(day('2026-10-12'))).toBeUndefined()
  })
})

describe('a tapped day', () => {
  it('shows a holiday with its name and how it is served', () => {
    expect(dayDetail(day('2026-10-01'))).toEqual({ title: '10月1日（周四）', kind: '法定节假日 · 国庆节', service: '按预约办理，请在节假日前的工作日预约' })
  })

  it('shows a walk-in weekend with its hours', () => {
    expect(dayDetail(day('2026-10-17')).service).toBe('窗口照常办理，无需预约：上午8:30-12:00，下午13:30-17:00')
  })

  it('shows a make-up day as a working day', () => {
    expect(dayDetail(day('2026-09-20'))).toEqual({ title: '9月20日（周日）', kind: '调休上班日', service: '正常办理' })
  })

  it('sends an unknown day to the phone line', () => {
    expect(dayDetail(day('2027-01-01')).service).toContain('0533-3618118')
  })
})

describe('day marks break only between words (R2, R3, R5)', () => {
  it.each(LEGEND.map((m) => [m.label, m.words] as const))('%s is its words %j in order', (label, words) => {
    expect(words.join('')).toBe(label)
    expect(words.every((w) => w.length > 0 && w.length <= 3)).toBe(true)
  })
})
