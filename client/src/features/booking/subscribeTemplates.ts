import type { SubscribeTemplateIds, UpcomingAnswer } from '@shared/calendar'

/** One ask: the ids of one `requestSubscribeMessage` call, all one-time or all long-term (platform.md). */
export interface MessageAsk {
  templates: string[]
  longTerm: boolean
}

const NONE: SubscribeTemplateIds = { citizen: [], staff: [], section: [], longTerm: [] }

/**
 * The templates from the calendar answer the page already read, none while it loads.
 *
 * @example subscribeTemplatesOf({ …, subscribeTemplates: { citizen: ['t1'], staff: ['t2'], section: [], longTerm: ['t2'] } }).citizen // ['t1']
 */
export function subscribeTemplatesOf(answer: UpcomingAnswer | undefined): SubscribeTemplateIds {
  return { ...NONE, ...answer?.subscribeTemplates }
}

/**
 * One audience's ask, and whether it is long-term.
 *
 * @example messageAsk(templates, 'section') // { templates: ['t-dispatch', 't-review'], longTerm: true }
 */
export function messageAsk(templates: SubscribeTemplateIds, audience: 'staff' | 'section'): MessageAsk {
  const ids = templates[audience]
  return { templates: ids, longTerm: ids.length > 0 && ids.every((id) => templates.longTerm.includes(id)) }
}
