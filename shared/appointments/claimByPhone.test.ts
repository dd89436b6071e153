import { claimByPhone, CLAIM_WAY, isClaimable } from './claimByPhone'
import { appointmentIn, at, makeAppointment } from './testing/makeAppointment'

const PHONE = '13912345678'
const NOW = at('2026-09-29 15:00')
const phoneRegistration = (overrides = {}) =>
  appointmentIn('confirmed', { channel: 'phone', applicantOpenid: undefined, registeredBy: 'desk-1', applicant: { name: '王五', phone: PHONE }, ...overrides })

describe('a phone or desk registration becomes the citizen’s own (R7)', () => {
  it('R7 gives the appointment the caller’s OPENID and keeps its state, number and history', () => {
    const before = phoneRegistration()
    const claimed = claimByPhone(before, { openid: 'o-wang', phone: PHONE }, NOW)
    if (!claimed.ok) throw new Error(claimed.error.code)
    expect(claimed.data).toEqual({
      ...before,
      applicantOpenid: 'o-wang',
      version: before.version + 1,
      timeline: [...before.timeline, { at: NOW, by: 'o-wang', byRole: 'applicant', event: 'claim', status: 'confirmed', note: CLAIM_WAY }],
    })
    expect(claimed.data.referenceNo).toBe(before.referenceNo)
    expect(before.applicantOpenid).toBeUndefined()
  })

  it('R7 says how, when the claim is made for the citizen at registration', () => {
    const claimed = claimByPhone(phoneRegistration({ channel: 'desk' }), { openid: 'o-wang', phone: PHONE }, NOW, '微信手机号验证（登记时关联）')
    expect(claimed.ok && claimed.data.timeline.at(-1)?.note).toBe('微信手机号验证（登记时关联）')
  })

  it.each([
    ['another number', phoneRegistration(), '13912345679'],
    ['a registration someone already claimed', phoneRegistration({ applicantOpenid: 'o-first' }), PHONE],
    ['a mini-program booking with the same phone', makeAppointment({ applicant: { name: '王五', phone: PHONE } }), PHONE],
    ['a landline registration', phoneRegistration({ applicant: { name: '王五', phone: '0533-3618118' } }), PHONE],
  ])('R7 never takes %s', (_case, appointment, phone) => {
    expect(isClaimable(appointment, phone)).toBe(false)
    expect(claimByPhone(appointment, { openid: 'o-wang', phone }, NOW)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })

  it('R7 takes a registration in any state, a served or cancelled one too', () => {
    for (const status of ['submitted', 'completed', 'cancelled'] as const) {
      expect(isClaimable(appointmentIn(status, { channel: 'desk', applicantOpenid: undefined, applicant: { name: '王五', phone: PHONE } }), PHONE)).toBe(true)
    }
  })
})
