import { canSeePhone, type Appointment } from '@shared/appointments'
import type { Staff } from '@shared/org'
import { appointmentIn, BEFORE_DEADLINE, newRequestId, WHO, type FixtureState } from './support/appointmentFixtures'
import { codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Security issue #13, item 1: a subscription message carries only what its recipient may
 * see in the app. The applicant's whole phone goes only to whom `canSeePhone` allows (R9,
 * R11): the section, the lead window's leader, the assigned staff. Every message WeChat
 * was asked to send is searched for the applicant's phone digits.
 */
const DISPATCH = 'ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'
const CHANGE = 'ex-CHANGE-Pk8sW2eR5tY7uI9oL3aS6dF1gH4jK0zXcV'
/** The phone `appointmentIn` books with. */
const PHONE = '13912345678'
const STAFF = [WHO.section, WHO.leader, WHO.staff, WHO.otherLeader, WHO.otherStaff]

let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock(BEFORE_DEADLINE)
  for (const openid of STAFF) {
    for (let i = 0; i < 8; i++) {
      const asked = await cloud.post('/__dev/subscribe', { openid, tmplIds: [DISPATCH] })
      expect(asked[DISPATCH]).toBe('accept')
      const answers = { [DISPATCH]: 'accept' }
      expect(codeOf(await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId('grant'), answers }, openid))).toBe('ok')
    }
    await cloud.post('/__dev/subscribe', { openid, tmplIds: [CHANGE] })
    await cloud.call('booking', 'subscriptions.grant', { requestId: newRequestId('grant'), answers: { [CHANGE]: 'accept' } }, openid)
  }
})
afterAll(() => cloud?.close())

interface SentEntry {
  id: number
  touser: string | null
  data: Record<string, { value: string }> | null
}

/** The digits of each keyword value: a phone written with spaces or dashes is still found. */
const digitsOf = (entry: SentEntry) => Object.values(entry.data ?? {}).map((k) => String(k?.value ?? '').replace(/\D/g, ''))

describe('the applicant phone in staff messages (canSeePhone, R9, R11)', () => {
  it.each<FixtureState>(['dispatched', 'assigned', 'parallel_confirmed', 'change_pending'])(
    'after %s, no message carries the whole phone to someone who sees it masked',
    async (state) => {
      const seen = (await cloud.get('/__dev/outbox?limit=1000')).messages.length
      const fixture = await appointmentIn(cloud, state)
      const fired = await cloud.post('/__dev/triggers/scheduler')
      expect(fired).toMatchObject({ ok: true, value: { ok: true } })
      const sent: SentEntry[] = (await cloud.get('/__dev/outbox?limit=1000')).messages.slice(seen)
      const appointment = (await cloud.dump('appointments')).find((a) => a._id === fixture.id) as Appointment & { _id: string }
      const staff = (await cloud.dump('staff')) as (Staff & { _id: string })[]
      const mayNotSee = (touser: string | null): boolean => {
        if (touser === null || touser === appointment.applicantOpenid) return false
        const records = staff.filter((s) => s.openid === touser)
        return !records.some((s) => canSeePhone({ id: s._id, openid: touser, roles: s.roles, windowId: s.windowId, isApplicant: false }, appointment))
      }
      const leaks = sent.filter((e) => mayNotSee(e.touser) && digitsOf(e).some((d) => d.includes(PHONE))).map((e) => `${e.id} → ${e.touser}`)
      expect(leaks).toEqual([])
      // Not vacuous: before assignment the lead window's other staff (and, in parallel, the assisting window) see it masked and got a message.
      if (state === 'dispatched' || state === 'parallel_confirmed') expect(sent.some((e) => mayNotSee(e.touser))).toBe(true)
      if (state !== 'change_pending') expect(sent.some((e) => !mayNotSee(e.touser) && digitsOf(e).some((d) => d.includes(PHONE)))).toBe(true)
    },
  )
})
