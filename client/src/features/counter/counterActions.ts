import type { Appointment } from '@shared/appointments'
import type { Me } from '../session/useMe'

/** The steps a window may take on an appointment (api.md `counter`), and printing the form (R8). */
export type CounterAction =
  | 'assign'
  | 'confirm'
  | 'confirmPart'
  | 'proposeChange'
  | 'forceMajeure'
  | 'markLate'
  | 'start'
  | 'complete'
  | 'print'

type Subject = Pick<Appointment, 'status' | 'leadWindowId' | 'assistingWindowIds' | 'assignedStaffId' | 'parts'>

/**
 * What the caller may do now, following the transition table (`TRANSITIONS`):
 * the lead window's leader assigns (R10); the assigned staff or that leader
 * confirms, proposes a change, reports force majeure or lateness (R11–R18);
 * any staff of the lead window starts and completes (R19); an assisting
 * window confirms its part once (R13). The server decides again; this only
 * keeps the page from offering a step it would refuse.
 *
 * @example counterActions({ status: 'dispatched', leadWindowId: 'win-02', … }, leaderOfWin02) // ['assign', 'print']
 */
export function counterActions(appointment: Subject, me: Pick<Me, 'roles' | 'staff'>): CounterAction[] {
  const windowId = me.staff?.windowId
  if (!windowId) return []
  const leads = appointment.leadWindowId === windowId
  const assists = appointment.assistingWindowIds.includes(windowId)
  if (!leads && !assists) return []
  const isLeader = me.roles.includes('leader')
  const inCharge = leads && (isLeader || (appointment.assignedStaffId !== undefined && appointment.assignedStaffId === me.staff?.id))
  const { status } = appointment
  const actions: CounterAction[] = []
  if (leads && isLeader && (status === 'dispatched' || status === 'assigned')) actions.push('assign')
  if (inCharge && status === 'assigned') actions.push('confirm')
  const part = appointment.parts.find((p) => p.windowId === windowId && p.role === 'assist')
  if (assists && part && part.confirmedAt === undefined && ['dispatched', 'assigned', 'confirmed'].includes(status)) actions.push('confirmPart')
  if (inCharge && status === 'confirmed') actions.push('proposeChange', 'markLate')
  if (inCharge && ['assigned', 'confirmed', 'change_pending'].includes(status)) actions.push('forceMajeure')
  if (leads && status === 'confirmed') actions.push('start')
  if (leads && status === 'in_service') actions.push('complete')
  actions.push('print')
  return actions
}
