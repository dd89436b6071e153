import { ID_PATTERN } from '@shared/ids/id'
import { leaveIdFor } from './leaveRepository'

describe('leave request ids (R24)', () => {
  it('gives one requester\'s request one id, and a colleague with the same requestId another', () => {
    expect(leaveIdFor('staff-rs-1', 'leave-req-0001')).toBe(leaveIdFor('staff-rs-1', 'leave-req-0001'))
    expect(leaveIdFor('staff-rs-leader', 'leave-req-0001')).not.toBe(leaveIdFor('staff-rs-1', 'leave-req-0001'))
  })

  it('makes ids that leave.decide\'s schema accepts', () => {
    expect(leaveIdFor('staff-rs-1', 'leave-req-0001')).toMatch(/^leave-[A-Za-z0-9_-]{1,64}$/)
    expect(leaveIdFor('staff-rs-1', 'leave-req-0001')).toMatch(ID_PATTERN)
  })
})
