import { SHIPPED_YEARS } from '../../shared/calendar'
import { notice2026 } from '../../shared/calendar/years/2026'
import { startCloud, type Cloud } from '../support/cloud'

/** The calendar actions (R2, R3, R4, R5, R6) on the emulator, through the real functions. */
const ADMIN = 'oEXAMPLE_admin_wang'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

const year2027 = {
  year: 2027,
  source: { title: '2027年节假日安排（测试数据）' },
  holidays: [
    { name: '元旦', start: '2027-01-01', end: '2027-01-03' },
    { name: '春节', start: '2027-02-06', end: '2027-02-14' },
  ],
  makeupDays: ['2027-02-20'],
}

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

const dayOf = async (date: string) => (await cloud.call('catalog', 'calendar.range', { from: date, to: date }, CITIZEN)).data.days[0]

describe('calendar.range (R2, R3, R4, R5)', () => {
  it.each([
    ['2026-10-01', { kind: 'holiday', holidayName: '国庆节', service: 'appointment' }],
    ['2026-10-03', { kind: 'holiday', service: 'appointment' }],
    ['2026-09-20', { kind: 'makeup', service: 'normal' }],
    ['2026-10-10', { kind: 'makeup', service: 'normal' }],
    ['2026-10-17', { kind: 'weekend', service: 'walk-in' }],
    ['2026-10-16', { kind: 'workday', service: 'normal' }],
    ['2024-06-08', { kind: 'holiday', holidayName: '端午节', service: 'appointment' }],
    ['2027-03-01', { kind: 'unknown', service: 'unknown' }],
  ])('answers %s as %j', async (date, expected) => {
    expect(await dayOf(date)).toMatchObject(expected)
  })

  it('gives the walk-in hours on a walk-in day (R2)', async () => {
    expect((await dayOf('2026-10-17')).hours).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ])
  })

  it.each([
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from'],
    [{ from: '2026-10-02', to: '2026-10-01' }, 'to'],
    [{ from: '2026-01-01', to: '2027-01-03' }, 'to'],
    [{ from: { $gt: '' }, to: '2026-10-01' }, 'from'],
  ])('refuses %j naming the field', async (input, field) => {
    const result = await cloud.call('catalog', 'calendar.range', input, CITIZEN)
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(Object.keys(result.error.fields)).toContain(field)
  })
})

describe('calendar.upcoming (R6)', () => {
  it.each([
    ['2026-09-30T16:59:00+08:00', true],
    ['2026-09-30T17:01:00+08:00', false],
  ])('at %s booking for 国庆节 is open: %s', async (now, open) => {
    await cloud.setClock(now)
    const { data } = await cloud.call('catalog', 'calendar.upcoming', {}, CITIZEN)
    expect(data.today).toMatchObject({ date: '2026-09-30', kind: 'workday' })
    const national = data.holidays.find((h: { name: string }) => h.name === '国庆节')
    expect(national).toMatchObject({ start: '2026-10-01', end: '2026-10-07', bookingDeadline: '2026-09-30T17:00:00+08:00', open })
  })

  it('states the walk-in hours in force, which an admin can change (R2)', async () => {
    const before = (await cloud.call('catalog', 'calendar.upcoming', {}, CITIZEN)).data.walkInHours
    expect(before).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ])
    const hours = [
      { start: '09:00', end: '12:00' },
      { start: '13:30', end: '16:30' },
    ]
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    expect((await cloud.call('admin', 'settings.update', { version, patch: { walkInHours: hours } }, ADMIN)).ok).toBe(true)
    expect((await cloud.call('catalog', 'calendar.upcoming', {}, CITIZEN)).data.walkInHours).toEqual(hours)
    expect(await dayOf('2026-10-17')).toMatchObject({ service: 'walk-in', hours })
  })

  it('reads the civil date at +08:00: 00:30 in Beijing is already the next day', async () => {
    await cloud.setClock('2026-10-17T00:30:00+08:00')
    const { data } = await cloud.call('catalog', 'calendar.upcoming', {}, CITIZEN)
    expect(data.today).toMatchObject({ date: '2026-10-17', service: 'walk-in' })
  })
})

describe('entering a year (admins)', () => {
  it('parses the real 2026 notice into the shipped year', async () => {
    const { data } = await cloud.call('admin', 'calendar.parseNotice', { text: notice2026, year: 2026 }, ADMIN)
    const shipped = SHIPPED_YEARS.find((y) => y.year === 2026)!
    expect(data.proposal.holidays).toEqual(shipped.holidays)
    expect(data.proposal.makeupDays).toEqual(shipped.makeupDays)
    expect(data.problems).toEqual([])
  })

  it('makes an unknown year known once saved, and keeps who saved it', async () => {
    expect(await dayOf('2027-02-08')).toMatchObject({ kind: 'unknown' })
    const saved = await cloud.call('admin', 'calendar.setYear', { version: 0, calendar: year2027 }, ADMIN)
    expect(saved).toMatchObject({ ok: true, data: { version: 1 } })
    expect(await dayOf('2027-02-08')).toMatchObject({ kind: 'holiday', holidayName: '春节' })
    expect(await dayOf('2027-02-20')).toMatchObject({ kind: 'makeup', service: 'normal' })
    const history = (await cloud.call('admin', 'calendar.history', { year: 2027 }, ADMIN)).data.changes
    expect(history).toHaveLength(1)
    expect(history[0]).toMatchObject({ version: 1, by: '王敏' })
    const years = (await cloud.call('admin', 'calendar.years', {}, ADMIN)).data.years
    expect(years.find((y: { calendar: { year: number } }) => y.calendar.year === 2027)).toMatchObject({ saved: true, version: 1 })
  })

  it('refuses a save over a version someone else already replaced', async () => {
    const stale = await cloud.call('admin', 'calendar.setYear', { version: 0, calendar: year2027 }, ADMIN)
    expect(stale.error.code).toBe('CONFLICT')
  })

  it.each([
    ['overlapping holidays', { ...year2027, holidays: [...year2027.holidays, { name: '重叠', start: '2027-01-03', end: '2027-01-04' }] }],
    ['a make-up day on a weekday', { ...year2027, makeupDays: ['2027-02-17'] }],
    ['a date outside the year', { ...year2027, holidays: [{ name: '国庆节', start: '2028-10-01', end: '2028-10-07' }] }],
  ])('refuses %s and changes nothing', async (_what, calendar) => {
    const before = await cloud.dump('calendarChanges')
    const result = await cloud.call('admin', 'calendar.setYear', { version: 1, calendar }, ADMIN)
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await cloud.dump('calendarChanges')).toEqual(before)
  })

  it('refuses calendar changes to anyone but an admin', async () => {
    for (const openid of [CITIZEN, 'oEXAMPLE_section_li', 'oEXAMPLE_scjg_leader']) {
      for (const [action, input] of [
        ['calendar.setYear', { version: 1, calendar: year2027 }],
        ['calendar.parseNotice', { text: notice2026, year: 2026 }],
        ['calendar.years', {}],
        ['calendar.history', { year: 2027 }],
      ] as const) {
        expect((await cloud.call('admin', action, input, openid)).error.code).toBe('FORBIDDEN')
      }
    }
  })
})
