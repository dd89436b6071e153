import * as v from 'valibot'
import { calendarRange } from '../calendar/calendarRange'
import { buildCalendar } from '../calendar/buildCalendar'
import { supervisionInputSchema } from '../supervision/supervisionInputSchema'
import { isSupportedDate } from './supportedDate'

describe('the supported span of dates (issue 13, item 10)', () => {
  it.each([
    ['2000-01-01', true],
    ['2100-12-31', true],
    ['1999-12-31', false],
    ['2101-01-01', false],
    ['9999-12-31', false],
    ['0000-01-01', false],
    ['2026-02-30', false],
  ])('%s is supported: %s', (date, expected) => {
    expect(isSupportedDate(date)).toBe(expected)
  })

  it('answers calendar.range for 9999-12-31 as bad input naming the field, not a day to compute', () => {
    const answer = calendarRange('9999-12-31', '9999-12-31', buildCalendar([]))
    expect(answer).toEqual({ ok: false, error: { code: 'INVALID_INPUT', message: '日期须在2000年至2100年之间', fields: { from: '日期须在2000年至2100年之间', to: '日期须在2000年至2100年之间' } } })
  })

  it('refuses a supervision period in 9999', () => {
    const parsed = v.safeParse(supervisionInputSchema, { from: '9999-01-01', to: '9999-12-31' })
    expect(parsed.success).toBe(false)
    expect(parsed.issues?.[0].message).toBe('统计日期须在2000年至2100年之间')
  })
})
