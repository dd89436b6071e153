import type { UpcomingAnswer } from '../calendar/types'

/** The template ids the app asks users to allow (`catalog` `calendar.upcoming` `subscribeTemplates`, from the settings). */
export interface SubscribeTemplates {
  /** Confirmed, changed/cancelled and reminder: asked on booking. */
  citizen: string[]
  /** Dispatched, assigned and a change turned down: asked from the staff queue (R9, R10, R16). */
  staff: string[]
  /** Undispatched, change proposed and force majeure: asked from the section's inbox (R9, R16, R17). */
  section: string[]
  /** Those of the ids above that are long-term (长期订阅): one accept keeps them coming. */
  longTerm: string[]
}

/** One ask: the ids of one `requestSubscribeMessage` call, all one-time or all long-term (platform.md). */
export interface MessageAsk {
  templates: string[]
  longTerm: boolean
}

const NONE: SubscribeTemplates = { citizen: [], staff: [], section: [], longTerm: [] }

/**
 * The templates from the calendar answer the page already read, none while it loads.
 *
 * @example subscribeTemplatesOf({ …, subscribeTemplates: { citizen: ['t1'], staff: ['t2'], section: [], longTerm: ['t2'] } }).citizen // ['t1']
 */
export function subscribeTemplatesOf(answer: UpcomingAnswer | undefined): SubscribeTemplates {
  const given = (answer as (UpcomingAnswer & { subscribeTemplates?: Partial<SubscribeTemplates> }) | undefined)?.subscribeTemplates
  return { ...NONE, ...given }
}

/**
 * One audience's ask, and whether it is long-term.
 *
 * @example messageAsk(templates, 'section') // { templates: ['t-dispatch', 't-review'], longTerm: true }
 */
export function messageAsk(templates: SubscribeTemplates, audience: 'staff' | 'section'): MessageAsk {
  const ids = templates[audience]
  return { templates: ids, longTerm: ids.length > 0 && ids.every((id) => templates.longTerm.includes(id)) }
}
