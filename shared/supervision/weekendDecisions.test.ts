import { at } from '../appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { DEFAULT_SETTINGS } from '../settings'
import { supervisionCsv } from './supervisionCsv'
import { supervisionReport, type SupervisionInput } from './supervisionReport'
import { fullDay, makeShift, WINDOWS } from './testing/factories'

const calendar = buildCalendar(SHIPPED_YEARS)
const NOW = at('2026-10-19 09:00')

const report = (overrides: Partial<SupervisionInput> = {}) =>
  supervisionReport({ from: '2026-10-12', to: '2026-10-18', windows: WINDOWS, appointments: [], shifts: [], reviews: [], calendar, settings: DEFAULT_SETTINGS, now: NOW, ...overrides })
const row = (r: ReturnType<typeof report>, id: string) => r.windows.find((w) => w.windowId === id)!
const closure = (date: string, windowId = 'w-lead') => ({ id: `closed-${date}-${windowId}`, date, windowId })

describe("the deduction follows the section's decision on an unstaffed window (R21, R22, R23)", () => {
  // 17 and 18 October 2026 are the walk-in days of the week; w-assist is fully staffed throughout.
  const assistStaffed = [...fullDay('w-assist', '2026-10-17'), ...fullDay('w-assist', '2026-10-18')]
  it.each([
    ['nobody rostered, no decision', [], [], 2, 0, 6],
    ['both days covered by a colleague of the department (shifts of the covered window)', [...fullDay('w-lead', '2026-10-17'), ...fullDay('w-lead', '2026-10-18')], [], 0, 0, 0],
    ['both days closed by the section with a reason', [], [closure('2026-10-17'), closure('2026-10-18')], 0, 2, 0],
    ['Saturday covered, Sunday closed', fullDay('w-lead', '2026-10-17'), [closure('2026-10-18')], 0, 1, 0],
    ['Saturday closed, Sunday left with an empty afternoon', [makeShift({ date: '2026-10-18', half: 'am', checkInAt: at('2026-10-18 08:20') })], [closure('2026-10-17')], 1, 1, 3],
    ['a closure of another window changes nothing here', [], [closure('2026-10-17', 'w-other')], 2, 0, 6],
  ])('R23 %s: %d gap days, %d closed days, %d points for gaps', (_case, shifts, closures, gapDays, closedDays, points) => {
    const r = report({ shifts: [...shifts, ...assistStaffed], closures })
    expect(row(r, 'w-lead').counts).toMatchObject({ gapDays, closedDays })
    expect(row(r, 'w-lead').deductions.find((d) => d.key === 'dutyGap')).toMatchObject({ count: gapDays, points })
    expect(row(r, 'w-assist').counts.gapDays).toBe(0)
  })

  it('R23 leaves out closures dated outside the period', () => {
    const r = report({ closures: [closure('2026-10-24'), closure('2026-10-11')] })
    expect(row(r, 'w-lead').counts).toMatchObject({ gapDays: 2, closedDays: 0 })
  })
})

describe('weekend walk-in volume per window (R2, R21, R23)', () => {
  const service = (windowId: string, date: string, count: number, assisted = false) => ({ id: `walkin-${windowId}-${date}-${count}-${assisted}`, windowId, date, count, assisted })

  it('R2 adds up the people served and those served by 帮办代办, per window, inside the period only', () => {
    const r = report({
      walkIns: [service('w-lead', '2026-10-17', 3), service('w-lead', '2026-10-17', 2, true), service('w-lead', '2026-10-18', 1), service('w-assist', '2026-10-18', 4, true), service('w-lead', '2026-10-25', 9)],
    })
    expect(row(r, 'w-lead').counts).toMatchObject({ walkInServed: 6, walkInAssisted: 2 })
    expect(row(r, 'w-assist').counts).toMatchObject({ walkInServed: 4, walkInAssisted: 4 })
    expect(row(r, 'w-other').counts).toMatchObject({ walkInServed: 0, walkInAssisted: 0 })
    expect(r.totals.counts).toMatchObject({ walkInServed: 10, walkInAssisted: 6 })
  })

  it('R23 costs no points for volume or for a closed day', () => {
    const r = report({ walkIns: [service('w-lead', '2026-10-17', 5)], closures: [closure('2026-10-17'), closure('2026-10-18')] })
    expect(row(r, 'w-lead').pointsDeducted).toBe(0)
  })

  it('R23 puts the weekend volume and the closed days in the CSV, per window and in total', () => {
    const csv = supervisionCsv(report({ walkIns: [service('w-lead', '2026-10-17', 3, true)], closures: [closure('2026-10-18', 'w-assist')] }))
    const lines = csv.split('\r\n')
    const header = lines.find((l) => l.startsWith('窗口编号'))!.split(',')
    const cell = (line: string, label: string) => line.split(',')[header.indexOf(label)]
    const lead = lines.find((l) => l.startsWith('A2,'))!
    const assist = lines.find((l) => l.startsWith('A10,'))!
    const total = lines.find((l) => l.startsWith(',合计'))!
    expect([cell(lead, '周末办件量'), cell(lead, '其中帮办代办'), cell(lead, '管理科批准不开放天数')]).toEqual(['3', '3', '0'])
    expect(cell(assist, '管理科批准不开放天数')).toBe('1')
    expect(cell(total, '周末办件量')).toBe('3')
  })
})
