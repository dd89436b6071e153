import type { SubscribeTemplateIds } from '@shared/calendar'
import type { MessageKind, SubscriptionTerm, TemplateSettings } from '@shared/settings'

/** The messages a citizen is asked to allow when they book: confirmed, changed, cancelled, reminder. */
export const CITIZEN_KINDS: readonly MessageKind[] = ['confirmed', 'changed', 'cancelled', 'reminder']
/**
 * The messages window staff allow from their queue: a new appointment for the window, one assigned to them (R9, R10), a change the section
 * turned down (R16), one re-dispatched away from the window (R9), an applicant's request to move (R16).
 */
export const STAFF_KINDS: readonly MessageKind[] = ['dispatched', 'assigned', 'change_rejected', 'redispatched_away', 'change_requested']
/**
 * The messages the section allows from its inbox: a request left undispatched (R9), a proposed change or an applicant's request to move (R16), force majeure (R17),
 * a time agreed outside the holiday hours or over half a working day (R4, R14).
 */
export const SECTION_KINDS: readonly MessageKind[] = ['undispatched', 'change_proposed', 'change_requested', 'force_majeure', 'deviation_reported']

/** The message a citizen is asked to allow where they complain: the section's answer (R20). */
export const COMPLAINANT_KINDS: readonly MessageKind[] = ['complaint_resolved']

/** At most this many template ids per `requestSubscribeMessage` call (docs/platform.md). */
const PER_REQUEST = 3

/**
 * One ask's template ids: each once (kinds may share a template), all of one
 * term because one call cannot mix one-time and long-term ids (docs/platform.md) —
 * the term most of the audience's templates have, the first kind's on a tie —
 * and at most 3.
 */
function idsOf(templates: TemplateSettings, kinds: readonly MessageKind[]): string[] {
  const settings = kinds.map((k) => templates[k]).filter((t) => t !== undefined)
  const ids = (term: SubscriptionTerm) => [...new Set(settings.filter((t) => t.subscription === term).map((t) => t.templateId))]
  const first = settings[0]?.subscription ?? 'one-time'
  const [firsts, others] = [ids(first), ids(first === 'long-term' ? 'one-time' : 'long-term')]
  return (others.length > firsts.length ? others : firsts).slice(0, PER_REQUEST)
}

/**
 * The template ids the app asks users to allow, from the settings: one ask
 * per audience.
 *
 * @example subscribeTemplateIds(DEFAULT_TEMPLATES) // { citizen: [CONFIRM, CHANGE, REMIND], staff: [DISPATCH, REVIEW], section: [DISPATCH, REVIEW], complainant: [COMPLAINT], longTerm: [DISPATCH, REVIEW] }
 */
export function subscribeTemplateIds(templates: TemplateSettings): SubscribeTemplateIds {
  const asks = { citizen: idsOf(templates, CITIZEN_KINDS), staff: idsOf(templates, STAFF_KINDS), section: idsOf(templates, SECTION_KINDS), complainant: idsOf(templates, COMPLAINANT_KINDS) }
  const longTerm = new Set(Object.values(templates).filter((t) => t?.subscription === 'long-term').map((t) => t?.templateId))
  return { ...asks, longTerm: [...new Set([...asks.citizen, ...asks.staff, ...asks.section, ...asks.complainant])].filter((id) => longTerm.has(id)) }
}
