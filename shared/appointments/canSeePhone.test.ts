import { canSeePhone } from './canSeePhone'
import { ACTORS, type ActorName } from './testing/actors'
import { appointmentIn } from './testing/makeAppointment'

describe('who sees the applicant\'s phone whole (R9, R11, privacy)', () => {
  const whole: ActorName[] = ['applicant', 'section', 'leadLeader', 'assignedStaff']
  it.each(Object.keys(ACTORS) as ActorName[])('%s', (name) => {
    expect(canSeePhone(ACTORS[name], appointmentIn('confirmed'))).toBe(whole.includes(name))
  })

  it('no staff sees it whole before the appointment is dispatched and assigned', () => {
    const submitted = appointmentIn('submitted')
    expect(canSeePhone(ACTORS.leadLeader, submitted)).toBe(false)
    expect(canSeePhone(ACTORS.assignedStaff, submitted)).toBe(false)
  })
})
