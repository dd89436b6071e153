import type { UpcomingAnswer } from '../calendar/types'

/** The template ids the app asks users to allow (`catalog` `calendar.upcoming` `subscribeTemplates`, from the settings). */
export interface SubscribeTemplates {
  /** Confirmed, changed/cancelled and reminder: asked on booking. */
  citizen: string[]
  /** Dispatched and assigned: asked from the staff queue (R9, R10). */
  staff: string[]
}

const NONE: SubscribeTemplates = { citizen: [], staff: [] }

/**
 * The templates from the calendar answer the page already read, none while it loads.
 *
 * @example subscribeTemplatesOf({ …, subscribeTemplates: { citizen: ['t1'], staff: ['t2'] } }).citizen // ['t1']
 */
export function subscribeTemplatesOf(answer: UpcomingAnswer | undefined): SubscribeTemplates {
  return (answer as (UpcomingAnswer & { subscribeTemplates?: SubscribeTemplates }) | undefined)?.subscribeTemplates ?? NONE
}
