import { appointmentIn } from '@shared/appointments/testing/makeAppointment'
import { ACTORS } from '@shared/appointments/testing/actors'
import { appointmentView, canViewAppointment } from './appointmentView'

describe('what a caller sees of an appointment', () => {
  const base = appointmentIn('confirmed')
  const stored = {
    ...base,
    capLedgerId: 'cap-1',
    lastRequestId: 'req-12345678',
    cancellation: { at: 0, by: base.applicantOpenid as string, reason: '临时有事' },
    timeline: [...base.timeline, { at: 0, by: base.applicantOpenid as string, byRole: 'applicant' as const, event: 'request' as const, status: 'submitted' as const }],
  }

  it('drops the bookkeeping fields and names the status in Chinese', () => {
    const view = appointmentView(stored, ACTORS.applicant)
    expect(view).not.toHaveProperty('capLedgerId')
    expect(view).not.toHaveProperty('lastRequestId')
    expect(view.statusText).toBe('已确认')
  })

  it("drops the applicant's OPENID for everyone, the applicant included (PIPL art. 6)", () => {
    expect(stored.applicantOpenid).toBeTruthy()
    for (const actor of [ACTORS.applicant, ACTORS.section, ACTORS.leadLeader, ACTORS.leadColleague]) {
      const view = appointmentView(stored, actor)
      expect(view).not.toHaveProperty('applicantOpenid')
      expect(JSON.stringify(view)).not.toContain(stored.applicantOpenid as string)
    }
  })

  it('masks the phone for anyone who need not call the applicant', () => {
    expect(appointmentView(stored, ACTORS.applicant).applicant.phone).toBe(stored.applicant.phone)
    expect(appointmentView(stored, ACTORS.leadColleague).applicant.phone).toMatch(/\*{4}/)
    expect(stored.applicant.phone).not.toMatch(/\*/)
  })

  it.each([
    ['applicant', true],
    ['section', true],
    ['leadLeader', true],
    ['leadColleague', true],
    ['assistStaff', true],
    ['otherCitizen', false],
    ['otherStaff', false],
    ['desk', false],
    ['admin', false],
  ] as const)('lets the %s see it: %s', (name, expected) => {
    expect(canViewAppointment(ACTORS[name], stored)).toBe(expected)
  })

  it('lets the desk see what it registered', () => {
    expect(canViewAppointment(ACTORS.desk, { ...stored, registeredBy: ACTORS.desk.id })).toBe(true)
  })
})
