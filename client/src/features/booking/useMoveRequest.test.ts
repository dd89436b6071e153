import { APPOINTMENT_STATUSES } from '@shared/appointments'
import { canAskToMove } from './useMoveRequest'

describe('when the applicant may ask to move their appointment (申请改期, R16)', () => {
  it('only once a time is agreed (confirmed), from the transition table', () => {
    expect(APPOINTMENT_STATUSES.filter(canAskToMove)).toEqual(['confirmed'])
  })
})
