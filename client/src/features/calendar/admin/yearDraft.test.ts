import { SHIPPED_YEARS } from '@shared/calendar'
import { calendarOf, draftOf, fieldsOf, parseYear, tidyDraft } from './yearDraft'

const year2026 = SHIPPED_YEARS.find((y) => y.year === 2026)!

describe('a year draft (Decision under R5)', () => {
  it('round-trips a shipped year unchanged', () => {
    expect(calendarOf(draftOf(year2026, 0))).toEqual(year2026)
  })

  it('leaves out an empty doc number and publication date, and trims what is typed', () => {
    const draft = draftOf({ ...year2026, source: { title: ' 通知 ' } }, 0)
    expect(draft.source).toEqual({ title: ' 通知 ', docNumber: '', publishedOn: '' })
    expect(calendarOf({ ...draft, holidays: [{ name: ' 元旦 ', start: '2026-01-01 ', end: '2026-01-03' }] })).toMatchObject({
      source: { title: '通知' },
      holidays: [{ name: '元旦', start: '2026-01-01', end: '2026-01-03' }],
    })
  })

  it('drops blank make-up rows and sorts the rest, as the server numbers them', () => {
    const draft = { ...draftOf(year2026, 3), makeupDays: ['2026-10-10', '', '2026-01-04 '] }
    expect(tidyDraft(draft).makeupDays).toEqual(['2026-01-04', '2026-10-10'])
  })

  it('joins several problems of one field', () => {
    expect(
      fieldsOf([
        { field: 'makeupDays.0', message: '不是周六或周日' },
        { field: 'makeupDays.0', message: '重复' },
        { field: 'holidays.1.end', message: '结束日期早于开始日期' },
      ]),
    ).toEqual({ 'makeupDays.0': '不是周六或周日；重复', 'holidays.1.end': '结束日期早于开始日期' })
  })

  it('takes a four-digit year only', () => {
    expect(parseYear(' 2027 ')).toEqual({ ok: true, year: 2027 })
    expect(parseYear('27').ok).toBe(false)
    expect(parseYear('').ok).toBe(false)
  })
})
