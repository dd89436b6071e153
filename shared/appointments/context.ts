import type { BookingWindow, DayInfo, TimeSpan } from '../calendar'
import type { Item } from '../items'
import type { Staff } from '../org'
import type { EventType } from './eventSchemas'

/**
 * What `applyEvent` cannot look up itself, per event: the caller loads it
 * and hands it in, so that the transition stays pure.
 */
export interface ContextByEvent {
  request: {
    /** The new record's id. */
    id: string
    /** The requested date's kind (R3, R4, R5). */
    day: DayInfo
    /** Whether the holiday's requests are still open now (R6). */
    booking: BookingWindow
    /** The requested items as found, missing ones left out (R1). */
    items: readonly Pick<Item, 'id' | 'active' | 'modes'>[]
    /** Active appointments the applicant (by OPENID or phone) already holds for this holiday. */
    activeCount: number
    perApplicantCap: number
    /** Service hours of a holiday date (the walk-in hours unless settings say otherwise). */
    serviceHours: readonly TimeSpan[]
  }
  dispatch: NoContext
  redispatch: NoContext
  assign: {
    /** The staff record named by `staffId`, or null when there is none. */
    staff: Pick<Staff, 'id' | 'roles' | 'windowId' | 'active'> | null
  }
  confirm: {
    serviceHours: readonly TimeSpan[]
    /** The items' estimated handling time, used when the staff gives no planned duration. */
    estimatedMinutes: number
  }
  confirmPart: NoContext
  proposeChange: {
    serviceHours: readonly TimeSpan[]
    /** The proposed new date's kind, when the change moves the date. */
    newDay?: DayInfo
    /** The centre's booking phone (setting `center`), for an applicant refused inside 12 hours (R16). */
    centerPhone?: string
  }
  decideChange: NoContext
  forceMajeure: NoContext
  reschedule: {
    serviceHours: readonly TimeSpan[]
    /** The new date's kind, when the reschedule moves the date. */
    newDay?: DayInfo
    /** The staff record named by `staffId`, when one is named (null when there is none). */
    staff?: Pick<Staff, 'id' | 'roles' | 'windowId' | 'active'> | null
  }
  cancel: NoContext
  start: NoContext
  markLate: NoContext
  complete: NoContext
  acknowledge: NoContext
  recordAttempt: NoContext
  markNoShow: {
    /** Attempts after the agreed time needed first (setting `noShowAttempts`). */
    attempts: number
    /** Minutes after the agreed time before a no-show may be recorded (setting `noShowMinutes`). */
    minutes: number
  }
  split: {
    /** The id of the appointment the moved items go to. */
    newId: string
    /** Its reference number (预约编号, R8), for the history. */
    newReferenceNo?: string
  }
  paperSign: NoContext
  file: {
    /** The filing number the archive gives the record (归档号, `formatArchiveNo`). */
    archiveNo: string
  }
}

/** Events that need nothing from the caller take `{}`. */
export type NoContext = Record<string, never>

export type ContextFor<K extends EventType> = ContextByEvent[K]
