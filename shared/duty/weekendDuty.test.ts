import * as v from 'valibot'
import { buildCalendar, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS } from '../calendar'
import type { Item } from '../items'
import {
  closedKey,
  coverCheck,
  dutyCloseInputSchema,
  dutyGaps,
  walkInLogCheck,
  walkInLogInputSchema,
  weekendWalkInDays,
  weekendWalkInView,
  type DutyShift,
} from '.'

const calendar = buildCalendar(SHIPPED_YEARS)
const settings = DEFAULT_CALENDAR_SETTINGS
const at = (iso: string) => Date.parse(iso)
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code)

const windows = [
  { id: 'win-02', number: '2', name: '市场主体登记', departmentId: 'dept-scjg' },
  { id: 'win-03', number: '3', name: '食品药品许可', departmentId: 'dept-scjg' },
  { id: 'win-04', number: '4', name: '社保业务', departmentId: 'dept-rs', location: '一楼西区' },
  { id: 'win-05', number: '5', name: '就业创业', departmentId: 'dept-rs' },
]

describe('who may be rostered for a window: its own staff, or cover from the department (R21, R22)', () => {
  it.each([
    ['own staff of window 4 for window 4', { active: true, windowId: 'win-04' }, 'win-04', 'ok', null],
    ['staff of window 4 covering window 5, same department (人社)', { active: true, windowId: 'win-04' }, 'win-05', 'ok', 'win-04'],
    ['staff of window 2 covering window 3, same department (市场监管)', { active: true, windowId: 'win-02' }, 'win-03', 'ok', 'win-02'],
    ['staff of window 2 for window 5, another department', { active: true, windowId: 'win-02' }, 'win-05', 'INVALID_INPUT', undefined],
    ['an inactive member of window 4', { active: false, windowId: 'win-04' }, 'win-05', 'INVALID_INPUT', undefined],
    ['a section member without a window', { active: true }, 'win-05', 'INVALID_INPUT', undefined],
    ['staff of a window that no longer exists', { active: true, windowId: 'win-99' }, 'win-05', 'INVALID_INPUT', undefined],
  ])('%s → %s', (_case, staff, target, code, from) => {
    const answer = coverCheck(staff, windows.find((w) => w.id === target)!, windows)
    expect(codeOf(answer)).toBe(code)
    if (answer.ok) expect(answer.data).toBe(from)
    else expect(answer.error.fields?.staffId).toBe('只能安排本窗口或同一部门其他窗口的在岗工作人员')
  })
  it('refuses nobody at all', () => {
    expect(codeOf(coverCheck(null, windows[3], windows))).toBe('INVALID_INPUT')
  })
})

describe('a day the section closed is no gap (R21, R23)', () => {
  it('leaves out both halves of the closed window-day and only those', () => {
    const gaps = dutyGaps(['2026-10-17', '2026-10-18'], ['win-04', 'win-05'], [], new Set([closedKey('2026-10-17', 'win-05')]))
    expect(gaps.filter((g) => g.windowId === 'win-05').map((g) => `${g.date} ${g.half}`)).toEqual(['2026-10-18 am', '2026-10-18 pm'])
    expect(gaps.filter((g) => g.windowId === 'win-04')).toHaveLength(4)
  })
  it('asks for the reason, in Chinese, and keeps it to one line', () => {
    const parse = (reason: unknown) => v.safeParse(dutyCloseInputSchema, { date: '2026-10-17', windowId: 'win-05', reason })
    expect(parse('两名工作人员均在外培训').success).toBe(true)
    expect(parse('   ').issues?.[0].message).toBe('请填写不开放原因')
    expect(parse('第一行\n第二行').issues?.[0].message).toBe('不开放原因不能换行')
  })
})

describe('logging a walk-in service on duty (R2, R21)', () => {
  const shift: DutyShift = {
    id: 'duty-2026-10-17-am-staff-rs-1',
    date: '2026-10-17',
    half: 'am',
    windowId: 'win-05',
    staffId: 'staff-rs-1',
    staffName: '郑丽',
    leads: false,
    coversFromWindowId: 'win-04',
    scheduledBy: 'staff-section',
    scheduledAt: at('2026-10-12T10:00:00+08:00'),
    version: 2,
    checkInAt: at('2026-10-17T08:20:00+08:00'),
  }
  const item = (overrides: Partial<Item> = {}) => ({ id: 'item-008', name: '就业创业证申领', departmentId: 'dept-rs', modes: ['walk-in', 'appointment'] as Item['modes'], active: true, ...overrides })
  const entry = { id: 'walkin-staff-rs-1-req-00000001', count: 2, assisted: true }
  const log = (overrides: { shift?: Partial<DutyShift>; item?: Partial<Item> | null; now?: string } = {}) =>
    walkInLogCheck(
      { ...shift, ...overrides.shift },
      overrides.item === null ? null : item(overrides.item),
      windows[3],
      entry,
      at(overrides.now ?? '2026-10-17T10:15:00+08:00'),
    )
  it.each([
    ['on the day after check-in, an item of the window covered', {}, 'ok'],
    ['the day before', { now: '2026-10-16T23:59:00+08:00' }, 'TOO_EARLY'],
    ['the day after', { now: '2026-10-18T00:01:00+08:00' }, 'INVALID_TRANSITION'],
    ['at 00:30 Beijing, still 16:30 UTC the day before', { now: '2026-10-16T16:30:00Z' }, 'ok'],
    ['before checking in', { shift: { checkInAt: undefined } }, 'INVALID_TRANSITION'],
    ['an item of another department', { item: { departmentId: 'dept-scjg' } }, 'INVALID_INPUT'],
    ['an item served by appointment only', { item: { modes: ['appointment'] as Item['modes'] } }, 'INVALID_INPUT'],
    ['an archived item', { item: { active: false } }, 'INVALID_INPUT'],
    ['an unknown item', { item: null }, 'INVALID_INPUT'],
  ])('%s → %s', (_case, overrides, code) => {
    expect(codeOf(log(overrides as Parameters<typeof log>[0]))).toBe(code)
  })
  it('R21 records the shift, window, person, item, count and 帮办代办 at the server time', () => {
    const answer = log()
    expect(answer.ok && answer.data).toEqual({
      id: entry.id,
      date: '2026-10-17',
      windowId: 'win-05',
      shiftId: shift.id,
      staffId: 'staff-rs-1',
      staffName: '郑丽',
      itemId: 'item-008',
      itemName: '就业创业证申领',
      count: 2,
      assisted: true,
      at: at('2026-10-17T10:15:00+08:00'),
    })
  })
  it.each([
    [0, '办件数量至少为1'],
    [1.5, '办件数量须为整数'],
    [51, '一次最多登记50件，请分次登记'],
    ['3', '请填写办件数量'],
  ])('refuses a count of %j: %s', (count, message) => {
    const parsed = v.safeParse(walkInLogInputSchema, { requestId: 'req-00000001', shiftId: shift.id, itemId: 'item-008', count })
    expect(parsed.issues?.[0].message).toBe(message)
  })
})

describe("a citizen's weekend walk-in view (R2, R3, R5, R21)", () => {
  it.each([
    ['2026-10-12', ['2026-10-17', '2026-10-18'], 'a Monday: this weekend'],
    ['2026-10-17', ['2026-10-17', '2026-10-18'], 'the Saturday itself'],
    ['2026-10-18', ['2026-10-18'], 'the Sunday: only today is left'],
    ['2026-09-28', ['2026-10-11'], '国庆 2026: 3/4 Oct are holiday days (R3), 10 Oct a make-up working day (R5)'],
    ['2026-12-28', [], 'a year the calendar does not know yet'],
  ])('from %s: %j (%s)', (today, days) => {
    expect(weekendWalkInDays(today, calendar, settings).days).toEqual(days)
  })
  it('says when the calendar does not know the days ahead, so the page points to the phone line (R25)', () => {
    expect(weekendWalkInDays('2026-12-28', calendar, settings).unknown).toBe(true)
    expect(weekendWalkInDays('2026-10-12', calendar, settings).unknown).toBe(false)
  })

  it('R21 lists the windows someone is on duty for, covered ones included, with their walk-in items; closed and unstaffed windows are left out', () => {
    const items = [
      { id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg', modes: ['walk-in'] as Item['modes'], active: true },
      { id: 'item-006', name: '社会保障卡申领与补换', departmentId: 'dept-rs', modes: ['walk-in', 'appointment'] as Item['modes'], active: true },
      { id: 'item-007', name: '失业保险金申领', departmentId: 'dept-rs', modes: ['appointment'] as Item['modes'], active: true },
      { id: 'item-099', name: '已下架事项', departmentId: 'dept-rs', modes: ['walk-in'] as Item['modes'], active: false },
    ]
    const shifts = [
      { date: '2026-10-17', half: 'am' as const, windowId: 'win-04' },
      { date: '2026-10-17', half: 'pm' as const, windowId: 'win-04' },
      { date: '2026-10-17', half: 'am' as const, windowId: 'win-05' }, // covered by window 4's staff
      { date: '2026-10-18', half: 'am' as const, windowId: 'win-02' },
    ]
    const view = weekendWalkInView({ days: ['2026-10-17', '2026-10-18'], windows, items, shifts, closures: [{ date: '2026-10-18', windowId: 'win-02' }] })
    expect(view).toEqual([
      {
        date: '2026-10-17',
        windows: [
          { id: 'win-04', number: '4', name: '社保业务', location: '一楼西区', halves: ['am', 'pm'], items: [{ id: 'item-006', name: '社会保障卡申领与补换' }] },
          { id: 'win-05', number: '5', name: '就业创业', halves: ['am'], items: [{ id: 'item-006', name: '社会保障卡申领与补换' }] },
        ],
      },
      { date: '2026-10-18', windows: [] },
    ])
  })
})
