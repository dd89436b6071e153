import { startCloud, type Cloud } from '../support/cloud'

/**
 * `counter` `queue.entry` on the emulator (issue 16): one appointment as the
 * window works on it, with every item's materials to tell (R11), the
 * assigned staff's name, and suggested times weighed against the whole day
 * (R12), not the first page of the queue.
 */
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const RS_STAFF = 'oEXAMPLE_rs_staff'
const SECTION = 'oEXAMPLE_section_li'
const HOLIDAY = '2026-10-03'

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock('2026-09-29T10:00:00+08:00')
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `entry-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)

/** A new citizen's request for item-001 in the morning of 3 October, dispatched to win-02. */
async function dispatched(): Promise<any> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds: ['item-001'], date: HOLIDAY, halfDay: 'am', applicant: { name: '王芳', phone: '13812340000' } },
    `oTEST_entry_${++seq}`,
  )
  expect(codeOf(made)).toBe('ok')
  const { id, version } = made.data.appointment
  const sent = await cloud.call('section', 'appointments.dispatch', { appointmentId: id, version, requestId: newRequestId(), leadWindowId: 'win-02' }, SECTION)
  expect(codeOf(sent)).toBe('ok')
  return sent.data.appointment
}

describe('one appointment for its window (R11, R12)', () => {
  it('R12 suggests times for the 22nd request of a day from the whole day, as the whole queue does', async () => {
    const all: any[] = []
    for (let i = 0; i < 22; i++) all.push(await dispatched())
    const last = all[all.length - 1]

    const firstPage = await cloud.call('counter', 'queue.list', { date: HOLIDAY }, LEADER)
    expect(firstPage.data.total).toBe(22)
    expect(firstPage.data.items.map((e: any) => e.id)).not.toContain(last.id)

    const whole = await cloud.call('counter', 'queue.list', { date: HOLIDAY, limit: 50 }, LEADER)
    const fromWhole = whole.data.items.find((e: any) => e.id === last.id).suggestedTimes

    const entry = await cloud.call('counter', 'queue.entry', { appointmentId: last.id }, LEADER)
    expect(codeOf(entry)).toBe('ok')
    expect(entry.data.entry.suggestedTimes).toEqual(fromWhole)
    // the first applicant of the day is offered another first time than the 22nd, who comes after 21 others
    const first = await cloud.call('counter', 'queue.entry', { appointmentId: all[0].id }, LEADER)
    expect(first.data.entry.suggestedTimes[0]).toBe('08:30')
    expect(entry.data.entry.suggestedTimes[0]).not.toBe('08:30')
  }, 120_000)

  it('R11 answers every item\'s materials, the service hours and the clock; the assigned staff by name', async () => {
    const appointment = await dispatched()
    const assign = { appointmentId: appointment.id, version: appointment.version, requestId: newRequestId(), staffId: 'staff-scjg-1' }
    expect(codeOf(await cloud.call('counter', 'appointments.assign', assign, LEADER))).toBe('ok')
    const answer = await cloud.call('counter', 'queue.entry', { appointmentId: appointment.id }, STAFF)
    expect(codeOf(answer)).toBe('ok')
    const { entry, serviceHours, now } = answer.data
    expect(entry.assignedStaff).toEqual({ id: 'staff-scjg-1', name: '周萍' })
    expect(entry.items).toEqual([{ id: 'item-001', name: '个体工商户设立登记' }])
    expect(entry.itemsToTell[0].name).toBe('个体工商户设立登记')
    expect(entry.itemsToTell[0].materials).toContainEqual({ name: '经营场所使用证明', copies: 1, form: 'copy', note: '租赁合同或房产证复印件' })
    expect(entry.itemsToTell[0].notes).toContain('委托书')
    // the assigned staff calls the applicant (canSeePhone)
    expect(entry.applicant.phone).toBe('13812340000')
    expect(serviceHours).toEqual([
      { start: '08:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ])
    // the emulator's clock, which runs on from where it was set
    const set = new Date('2026-09-29T10:00:00+08:00').getTime()
    expect(now).toBeGreaterThanOrEqual(set)
    expect(now).toBeLessThan(set + 10 * 60_000)
  })

  it('answers NOT_FOUND to staff of another window, as for an unknown id, and FORBIDDEN to the section', async () => {
    const appointment = await dispatched()
    expect(codeOf(await cloud.call('counter', 'queue.entry', { appointmentId: appointment.id }, RS_STAFF))).toBe('NOT_FOUND')
    expect(codeOf(await cloud.call('counter', 'queue.entry', { appointmentId: 'no-such-appointment' }, STAFF))).toBe('NOT_FOUND')
    expect(codeOf(await cloud.call('counter', 'queue.entry', { appointmentId: appointment.id }, SECTION))).toBe('FORBIDDEN')
    const bad = await cloud.call('counter', 'queue.entry', { appointmentId: '' }, STAFF)
    expect(codeOf(bad)).toBe('INVALID_INPUT')
    expect(bad.error.message).toMatch(/[\u4e00-\u9fa5]/)
  })
})
