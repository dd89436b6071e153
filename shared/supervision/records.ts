import type { DutyClosure, DutyShift, WalkInService } from '../duty'
import type { Review } from '../feedback'
import type { ServiceWindow } from '../org'

/**
 * What supervision reads of a weekend duty shift (周末值班, R21, R22) in the
 * `dutyShifts` collection; `lateCheckIn` is decided by `counter` at check-in.
 */
export type SupervisedShift = Pick<DutyShift, 'id' | 'date' | 'half' | 'windowId' | 'staffId' | 'leads' | 'checkInAt' | 'lateCheckIn'>

/** What supervision reads of a review (好差评, R20) in the `reviews` collection. */
export type SupervisedReview = Pick<Review, 'id' | 'windowId' | 'level' | 'at' | 'followUp'>

/** A window as the report names it; `needsDuty` when its department serves walk-in items on weekends (R2). */
export interface SupervisedWindow extends ServiceWindow {
  needsDuty: boolean
}

/** What supervision reads of a window's day closed by the section (R21, R23) in `dutyClosures`. */
export type SupervisedClosure = Pick<DutyClosure, 'id' | 'date' | 'windowId'>

/** What supervision reads of a logged walk-in service (R2, R21) in `walkInServices`. */
export type SupervisedWalkIn = Pick<WalkInService, 'id' | 'date' | 'windowId' | 'count' | 'assisted'>
