import type { Actor } from '@server/auth'

/**
 * Who may schedule a window's duty (R22): the section for any window, a
 * window leader for their own only.
 */
export function mayManageWindow(actor: Actor, windowId: string): boolean {
  if (actor.roles.includes('section')) return true
  return actor.roles.includes('leader') && actor.staff?.windowId === windowId
}

/** The roles of the duty scheduling actions; `mayManageWindow` narrows a leader to their window. */
export const SCHEDULER_ROLES = ['section', 'leader'] as const
