import { ok, type ApiResult } from '@shared/api'
import type { Appointment } from '@shared/appointments'
import { appointmentCreditMinutes, timeBankEntryId, type TimeBankEntry } from '@shared/time-bank'
import type { Database } from '../cloud'
import { inTransaction } from '../inTransaction'
import { postInTransaction } from './timeBankLedger'
import type { TransactionLike } from './transactionLike'

/** The ledger's note for what counts as served without a service (R18). */
const CREDIT_NOTES: Partial<Record<Appointment['status'], string>> = {
  abandoned: '申请人迟到放弃办理，按计划时长计入',
  no_show: '申请人未到，多次联系未果，按计划时长计入',
}

/**
 * The time-bank entry a served holiday appointment earns its assigned staff
 * (R19, R24; abandoned and no-show per R18: see `appointmentCreditMinutes`), or null
 * when it earns nothing. Its id comes from the appointment's, so posting it
 * again is harmless.
 */
export function appointmentCredit(appointment: Appointment, at: number): TimeBankEntry | null {
  const minutes = appointmentCreditMinutes(appointment)
  const staffId = appointment.assignedStaffId
  if (!staffId || minutes <= 0) return null
  const source = { type: 'appointment' as const, id: appointment.id }
  return {
    id: timeBankEntryId(source),
    staffId,
    windowId: appointment.leadWindowId ?? '',
    minutes,
    source,
    at,
    by: 'system',
    note: CREDIT_NOTES[appointment.status] ?? '节假日预约办结',
  }
}

/** Posts an appointment's credit in its own transaction; answers whether it posted, `CONFLICT` when the account stayed contended. */
export async function creditAppointment(db: Database, appointment: Appointment, at: number): Promise<ApiResult<boolean>> {
  const entry = appointmentCredit(appointment, at)
  if (!entry) return ok(false)
  return inTransaction(db, (tx: TransactionLike) => postInTransaction(tx, entry))
}
