import { appointmentIn } from '@shared/appointments/testing/makeAppointment'
import { ACTORS } from '@shared/appointments/testing/actors'
import { appointmentView, canViewAppointment } from './appointmentView'

describe('what a caller sees of an appointment', () => {
  const stored = { ...appointmentIn('confirmed'), capLedgerId: 'cap-1', lastRequestId: 'req-12345678' }

  it('drops the bookkeeping fields and names the status in Chinese', () => {
    const view = appointmentView(stored, ACTORS.applicant)
    expect(view).not.toHaveProperty('capLedgerId')
    expect(view).not.toHaveProperty('lastRequestId')
    expect(view.statusText).toBe('已确认')
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
