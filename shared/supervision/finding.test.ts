import * as v from 'valibot'
import { at } from '../appointments/testing/makeAppointment'
import { buildCalendar, SHIPPED_YEARS } from '../calendar'
import { DEFAULT_SETTINGS, withDefaults } from '../settings'
import { findingRecordInputSchema, type SupervisionFinding } from './finding'
import { supervisionCsv } from './supervisionCsv'
import { supervisionReport, type SupervisionInput } from './supervisionReport'
import { WINDOWS } from './testing/factories'

const calendar = buildCalendar(SHIPPED_YEARS)
const NOW = at('2026-10-18 20:00')
const finding = (overrides: Partial<SupervisionFinding> = {}): SupervisionFinding => ({
  id: 'f-1',
  kind: 'buckPassing',
  windowId: 'w-lead',
  date: '2026-10-12',
  evidence: '群众反映窗口以“不归我们管”为由让其到别处办理',
  recordedBy: 'staff-section',
  recordedAt: at('2026-10-12 16:00'),
  ...overrides,
})
const report = (overrides: Partial<SupervisionInput> = {}) =>
  supervisionReport({ from: '2026-10-01', to: '2026-10-31', windows: WINDOWS, appointments: [], shifts: [], reviews: [], calendar, settings: DEFAULT_SETTINGS, now: NOW, ...overrides })

describe('the section’s findings: what it records (R23)', () => {
  const base = { requestId: 'req-finding-0001', kind: 'inspection', windowId: 'win-04', date: '2026-10-12', evidence: '检查时窗口无人，10分钟后返回' }
  it.each([
    ['an inspection', {}, true],
    ['buck-passing', { kind: 'buckPassing' }, true],
    ['a complaint from 12345', { kind: 'complaint', channel: '12345' }, true],
    ['a complaint by phone', { kind: 'complaint', channel: 'phone' }, true],
    ['a complaint without its channel', { kind: 'complaint' }, false],
    ['a complaint “from the mini-program” typed in (those come from the complaint itself)', { kind: 'complaint', channel: 'mini-program' }, false],
    ['an unknown kind', { kind: 'rumour' }, false],
    ['no evidence', { evidence: '   ' }, false],
    ['evidence longer than 300 characters', { evidence: '长'.repeat(301) }, false],
    ['a date that is no date', { date: '2026-02-30' }, false],
    ['no window', { windowId: '' }, false],
  ])('R23 %s: valid %s', (_, patch, valid) => {
    expect(v.safeParse(findingRecordInputSchema, { ...base, ...patch }).success).toBe(valid)
  })
})

describe('the section’s findings in the report (R20, R23)', () => {
  it.each([
    ['buck-passing', finding(), 'buckPassing', 'buckPassing', 3],
    ['an inspection', finding({ kind: 'inspection' }), 'inspectionFindings', 'inspection', 2],
    ['a complaint from 12345', finding({ kind: 'complaint', channel: '12345' }), 'upheldComplaints', 'upheldComplaint', 2],
    ['an upheld complaint of the mini-program', finding({ kind: 'complaint', channel: 'mini-program', complaintId: 'c-1' }), 'upheldComplaints', 'upheldComplaint', 2],
  ] as const)('R23 counts %s against its window under the points table', (_, f, count, key, points) => {
    const r = report({ findings: [f] })
    const lead = r.windows.find((w) => w.windowId === 'w-lead')!
    expect(lead.counts[count]).toBe(1)
    expect(lead.deductions.find((d) => d.key === key)).toMatchObject({ count: 1, pointsEach: points, points })
    // Over what the window loses without it (its duty gaps of the period).
    const without = report()
    expect(lead.pointsDeducted - without.windows.find((w) => w.windowId === 'w-lead')!.pointsDeducted).toBe(points)
    expect(r.totals.pointsDeducted - without.totals.pointsDeducted).toBe(points)
    expect(r.findings).toEqual([expect.objectContaining({ id: f.id, windowName: expect.stringContaining('号窗口'), points })])
  })

  it('R23 leaves out findings outside the period or of another window than the one asked for', () => {
    const r = report({ findings: [finding({ date: '2026-09-30' }), finding({ id: 'f-2', windowId: 'w-assist' })], windowId: 'w-lead' })
    expect(r.findings).toEqual([])
    expect(r.totals.counts.buckPassing).toBe(0)
  })

  it('R23 prices findings with the table in force, and lists the latest day first', () => {
    const settings = withDefaults({ supervisionPoints: { ...DEFAULT_SETTINGS.supervisionPoints, inspection: 0.5 } })
    const r = report({ settings, findings: [finding({ kind: 'inspection', date: '2026-10-05' }), finding({ id: 'f-2', kind: 'inspection', date: '2026-10-20' })] })
    expect(r.findings.map((f) => [f.id, f.points])).toEqual([['f-2', 0.5], ['f-1', 0.5]])
    expect(r.totals.deductions.find((d) => d.key === 'inspection')).toMatchObject({ count: 2, points: 1 })
  })

  it('R23 writes the findings into the CSV, one row each, evidence kept as text', () => {
    const csv = supervisionCsv(report({ findings: [finding({ kind: 'complaint', channel: '12345', evidence: '=HYPERLINK("x")' })] }))
    expect(csv).toContain('督查记录,窗口,类别,来源,事实与依据,扣分')
    expect(csv).toMatch(/2026-10-12,[^\n]*号窗口[^\n]*,投诉属实,12345热线,"?'=HYPERLINK/)
    expect(csv).toContain('投诉属实')
  })
})
