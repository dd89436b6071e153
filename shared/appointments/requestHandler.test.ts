import type { Actor } from './actor'
import { applyEvent } from './applyEvent'
import { ACTORS } from './testing/actors'
import { APPLICANT_OPENID, appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const { event, context, now } = VALID.request
const request = (overrides: Partial<typeof event> = {}, ctx: Partial<typeof context> = {}, actor: Actor = ACTORS.applicant) =>
  applyEvent(null, { ...event, ...overrides }, actor, now, { ...context, ...ctx })

describe('requesting a holiday appointment (R6, R7, R8)', () => {
  it('R8 records the applicant, items, date, channel and time, as submitted version 1', () => {
    const result = request({ halfDay: 'am', time: '09:30', note: '带小孩' })
    expect(result.ok && result.data).toEqual({
      appointment: {
        id: 'a-new',
        requestId: 'req-00000002',
        applicant: { name: '李四', phone: '13912345678' },
        applicantOpenid: APPLICANT_OPENID,
        itemIds: ['item-1'],
        date: '2026-10-02',
        halfDay: 'am',
        preferredTime: '09:30',
        channel: 'mini-program',
        note: '带小孩',
        status: 'submitted',
        version: 1,
        assistingWindowIds: [],
        parts: [],
        createdAt: now,
        timeline: [{ at: now, by: APPLICANT_OPENID, byRole: 'applicant', event: 'request', status: 'submitted' }],
      },
      effects: [],
    })
  })

  it('R7 the desk registers a phone request for a citizen: registeredBy, no OPENID', () => {
    const result = request({ channel: 'phone' }, {}, ACTORS.desk)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data.appointment).toMatchObject({ channel: 'phone', registeredBy: 'desk-1' })
    expect(result.data.appointment.applicantOpenid).toBeUndefined()
    expect(result.data.appointment.timeline[0].byRole).toBe('desk')
  })

  it('R7 a citizen cannot file a desk or phone request', () => {
    expect(request({ channel: 'phone' })).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('R7 desk staff cannot file a mini-program request in someone else\'s name', () => {
    expect(request({ channel: 'mini-program' }, {}, ACTORS.desk)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })

  it('R1 refuses an item that is missing, archived or not open to holiday appointments', () => {
    expect(request({ itemIds: ['item-1', 'item-9'] })).toMatchObject({ ok: false, error: { code: 'ITEM_NOT_BOOKABLE' } })
    expect(request({}, { items: [{ id: 'item-1', active: false, modes: ['appointment'] }] })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_NOT_BOOKABLE' },
    })
    expect(request({}, { items: [{ id: 'item-1', active: true, modes: ['walk-in'] }] })).toMatchObject({
      ok: false,
      error: { code: 'ITEM_NOT_BOOKABLE' },
    })
  })

  it.each([
    ['workday', 'NOT_A_HOLIDAY'],
    ['weekend', 'NOT_A_HOLIDAY'],
    ['makeup', 'NOT_A_HOLIDAY'],
    ['unknown', 'CALENDAR_UNKNOWN'],
  ] as const)('R4 refuses a %s date with %s', (kind, code) => {
    const day = { date: '2026-10-10', kind, service: 'normal' as const }
    expect(request({ date: '2026-10-10' }, { day })).toMatchObject({ ok: false, error: { code } })
  })

  it('R6 refuses a request once the holiday\'s booking window has closed', () => {
    expect(request({}, { booking: { open: false, reason: 'BOOKING_CLOSED' } })).toMatchObject({ ok: false, error: { code: 'BOOKING_CLOSED' } })
  })

  it('refuses a request beyond the per-applicant cap of the holiday', () => {
    expect(request({}, { activeCount: 2 }).ok).toBe(true)
    expect(request({}, { activeCount: 3 })).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED' } })
  })

  it('refuses a preferred time outside the service hours', () => {
    expect(request({ time: '12:30' })).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { time: '期望时间须在服务时间内：上午8:30-12:00，下午13:30-17:00' } } })
    expect(request({ time: '08:30' }).ok).toBe(true)
  })

  it('parses the payload and names the field at fault', () => {
    const result = request({ applicant: { name: '李四', phone: '12345' } })
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { 'applicant.phone': '联系电话应为手机号或带区号的固定电话' } } })
  })

  it('refuses a request on an appointment that already exists, naming its state', () => {
    const result = applyEvent(appointmentIn('confirmed'), event, ACTORS.applicant, at('2026-09-28 10:00'), context)
    expect(result).toEqual({ ok: false, error: { code: 'INVALID_TRANSITION', message: '当前状态为“已确认”，不能提交预约' } })
  })
})
