import { eventsOpenTo, type EventSubject, type EventType } from '@shared/appointments'
import type { Me } from '../session/useMe'

/** The steps the window page offers (`docs/api.md`, `counter`), in the order it shows them; when and to whom is the transition table's. */
const WINDOW_STEPS = ['assign', 'confirm', 'confirmPart', 'proposeChange', 'markLate', 'recordAttempt', 'markNoShow', 'forceMajeure', 'start', 'complete', 'paperSign'] as const satisfies readonly EventType[]

/** A step a window may take on an appointment, or printing the form (R8). */
export type CounterAction = (typeof WINDOW_STEPS)[number] | 'print'

/**
 * What the caller may do now: the window steps the transition table takes
 * from them in this state (`eventsOpenTo`: the lead window's leader assigns,
 * R10; the assigned staff or that leader confirms, R11, proposes a change,
 * R16, reports force majeure, R17, or lateness, R18; the lead window's staff
 * start and complete, R19, and record a signature on the printed form, R19; an assisting window confirms its part once, R13), and
 * printing, for the windows the appointment was dispatched to. The server
 * decides again; this only keeps the page from offering a step it would
 * refuse.
 *
 * @example counterActions({ status: 'dispatched', leadWindowId: 'win-02', … }, leaderOfWin02) // ['assign', 'print']
 */
export function counterActions(appointment: EventSubject, me: Pick<Me, 'roles' | 'staff'>): CounterAction[] {
  const windowId = me.staff?.windowId
  if (!me.staff || !windowId) return []
  if (appointment.leadWindowId !== windowId && !appointment.assistingWindowIds.includes(windowId)) return []
  // Staff act by their staff id; an OPENID only makes a citizen the applicant, which a window never is.
  const open = eventsOpenTo(appointment, { id: me.staff.id, openid: '', roles: me.roles, windowId, isApplicant: false })
  return [...WINDOW_STEPS.filter((step) => open.includes(step)), 'print']
}
