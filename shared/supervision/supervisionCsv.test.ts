import { appointmentIn, at } from '../appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { DEFAULT_SETTINGS } from '../settings'
import { csvField } from './csvField'
import { supervisionCsv, supervisionCsvName, UTF8_BOM } from './supervisionCsv'
import { supervisionReport } from './supervisionReport'
import { makeReview, makeWindow } from './testing/factories'

describe('csvField (CSV injection)', () => {
  it.each([
    ['=1+1', "'=1+1"],
    ['+86 138', "'+86 138"],
    ['-5', "'-5"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1', "'\t=1"],
    ['=HYPERLINK("http://x","点我")', `"'=HYPERLINK(""http://x"",""点我"")"`],
    ['社保窗口, 一楼', '"社保窗口, 一楼"'],
    ['两行\n文字', '"两行\n文字"'],
    ['市场监管窗口', '市场监管窗口'],
  ])('writes %j as %j', (value, cell) => {
    expect(csvField(value)).toBe(cell)
  })

  it('writes numbers as they are', () => {
    expect(csvField(2.5)).toBe('2.5')
    expect(csvField(0)).toBe('0')
  })
})

describe('supervisionCsv (R23 export)', () => {
  const calendar = buildCalendar(SHIPPED_YEARS)
  const windows = [makeWindow({ name: '=cmd|"/c calc"!A1', number: 'A2', needsDuty: false })]
  const report = supervisionReport({
    from: '2026-10-01',
    to: '2026-10-31',
    windows,
    appointments: [appointmentIn('abandoned', { parts: [{ windowId: 'w-lead', role: 'lead', confirmedAt: at('2026-09-29 10:00') }] })],
    shifts: [],
    reviews: [makeReview('very_dissatisfied')],
    calendar,
    settings: DEFAULT_SETTINGS,
    now: Date.parse('2026-10-31T17:05:00Z'), // 1 November 01:05 in Beijing
  })
  const csv = supervisionCsv(report)
  const lines = csv.slice(1).split('\r\n')

  it('starts with the UTF-8 byte order mark and ends lines with CRLF, so Excel opens the Chinese correctly', () => {
    expect(csv.startsWith(UTF8_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.slice(1).includes('\uFEFF')).toBe(false)
  })

  it('gives the period and the time it was made in Beijing time', () => {
    expect(lines[1]).toBe('统计期间,2026-10-01,2026-10-31')
    expect(lines[2]).toBe('生成时间,2026-11-01 01:05')
  })

  it('keeps a window name that looks like a formula as text', () => {
    const row = lines.find((l) => l.startsWith('A2,'))!
    expect(row.startsWith(`A2,"'=cmd|""/c calc""!A1",`)).toBe(true)
  })

  it('has one row per window with every count and the points, a totals row and the points table', () => {
    const header = lines[4].split(',')
    const row = lines[5].split(',')
    expect(header[0]).toBe('窗口编号')
    expect(header.at(-1)).toBe('合计扣分')
    expect(row[header.indexOf('已服务')]).toBe('1')
    expect(row[header.indexOf('其中放弃办理')]).toBe('1')
    expect(row[header.indexOf('扣分：差评')]).toBe('2')
    expect(row.at(-1)).toBe('2')
    expect(lines[6].startsWith(',合计,')).toBe(true)
    expect(lines).toContain('扣分标准,每次扣分')
    expect(lines).toContain('值班脱岗,5')
  })

  it('names the file after the period', () => {
    expect(supervisionCsvName(report)).toBe('窗口督查_2026-10-01_2026-10-31.csv')
  })
})
