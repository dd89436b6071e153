import type { EventType } from './eventSchemas'
import { EVENT_NAMES } from './transitions'

/**
 * What a step in an appointment's history did: an event of the state
 * machine, or `claim` (认领, R7), which changes who owns the appointment and
 * not its state, so it is no row of the transition table (`claimByPhone`).
 */
export type TimelineEvent = EventType | 'claim'

/** Each history step's name, in Chinese, for the timeline, the section's record and the form (R8). */
export const TIMELINE_EVENT_NAMES: Record<TimelineEvent, string> = { ...EVENT_NAMES, claim: '认领预约' }
