import type { Appointment } from '../appointments'
import { appointmentCreditMinutes } from './creditMinutes'
import { timeBankEntryId, type TimeBankEntry } from './timeBankEntry'

/** The ledger's note for what counts as served without a service (R18). */
const CREDIT_NOTES: Partial<Record<Appointment['status'], string>> = {
  abandoned: '申请人迟到放弃办理，按计划时长计入',
  no_show: '申请人未到，多次联系未果，按计划时长计入',
}

/**
 * The time-bank entries a served holiday appointment earns (R19, R24):
 * its assigned staff the minutes `appointmentCreditMinutes` gives, and —
 * decision (R13, R24) — each assisting window's staff member who confirmed
 * their part (配合) the same minutes, since they served alongside for that
 * time; someone who is both lead and assisting staff earns once. Ids come
 * from the appointment's and the part's window, so posting again is
 * harmless. Empty when it earns nothing.
 * @example appointmentCredits({ id: 'a1', status: 'completed', outcome: { minutes: 40 }, assignedStaffId: 's1', leadWindowId: 'w1', parts: [{ windowId: 'w2', role: 'assist', confirmedAt: 1, staffId: 's2' }] }, at)
 * // [{ id: 'tb-appointment-a1', staffId: 's1', minutes: 40, … }, { id: 'tb-assist-a1--w2', staffId: 's2', windowId: 'w2', minutes: 40, … }]
 */
export function appointmentCredits(
  appointment: Pick<Appointment, 'id' | 'status' | 'outcome' | 'plannedMinutes' | 'assignedStaffId' | 'leadWindowId' | 'parts'>,
  at: number,
): TimeBankEntry[] {
  const minutes = appointmentCreditMinutes(appointment)
  const lead = appointment.assignedStaffId
  if (minutes <= 0) return []
  const served = CREDIT_NOTES[appointment.status] ?? '节假日预约办结'
  const entries: TimeBankEntry[] = []
  if (lead) {
    const source = { type: 'appointment' as const, id: appointment.id }
    entries.push({ id: timeBankEntryId(source), staffId: lead, windowId: appointment.leadWindowId ?? '', minutes, source, at, by: 'system', note: served })
  }
  const credited = new Set(lead ? [lead] : [])
  for (const part of appointment.parts ?? []) {
    if (part.role !== 'assist' || part.confirmedAt === undefined || !part.staffId || credited.has(part.staffId)) continue
    credited.add(part.staffId)
    const source = { type: 'assist' as const, id: `${appointment.id}--${part.windowId}` }
    entries.push({ id: timeBankEntryId(source), staffId: part.staffId, windowId: part.windowId, minutes, source, at, by: 'system', note: `配合办理：${served}` })
  }
  return entries
}
