import type { MessageKind, TemplateSettings } from '@shared/settings'

/** The messages a citizen is asked to allow when they book: confirmed, changed, cancelled, reminder. */
export const CITIZEN_KINDS: readonly MessageKind[] = ['confirmed', 'changed', 'cancelled', 'reminder']

/** The messages window staff allow from their queue: a new appointment for the window, one assigned to them (R9, R10). */
export const STAFF_KINDS: readonly MessageKind[] = ['dispatched', 'assigned']

/** At most this many template ids per `requestSubscribeMessage` call (platform.md). */
const PER_REQUEST = 3

const idsOf = (templates: TemplateSettings, kinds: readonly MessageKind[]) =>
  [...new Set(kinds.map((k) => templates[k]?.templateId).filter((id): id is string => Boolean(id)))].slice(0, PER_REQUEST)

/**
 * The template ids the app asks users to allow, from the settings, each once
 * (kinds may share a template) and at most 3 per ask.
 *
 * @example subscribeTemplateIds(DEFAULT_TEMPLATES) // { citizen: [CONFIRM, CHANGE, REMIND], staff: [DISPATCH] }
 */
export function subscribeTemplateIds(templates: TemplateSettings): { citizen: string[]; staff: string[] } {
  return { citizen: idsOf(templates, CITIZEN_KINDS), staff: idsOf(templates, STAFF_KINDS) }
}
