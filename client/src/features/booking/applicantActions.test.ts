import type { AppointmentStatus } from '@shared/appointments'
import { applicantActions } from './applicantActions'

describe('what the applicant may do in each state (R15, R19)', () => {
  it.each<[AppointmentStatus, string[]]>([
    ['submitted', ['cancel']],
    ['dispatched', ['cancel']],
    ['assigned', ['cancel']],
    ['confirmed', ['cancel']],
    ['change_pending', ['cancel']],
    ['in_service', []],
    ['completed', ['acknowledge']],
    ['acknowledged', []],
    ['cancelled', []],
    ['abandoned', []],
    ['force_majeure', []],
  ])('%s allows %j', (status, actions) => {
    expect(applicantActions(status)).toEqual(actions)
  })
})
