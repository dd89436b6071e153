import { ok, type ApiResult } from '@shared/api'
import type { Appointment } from '@shared/appointments'
import { appointmentCredits } from '@shared/time-bank'
import type { Database } from '../cloud'
import { inTransaction } from '../inTransaction'
import { postInTransaction } from './timeBankLedger'
import type { TransactionLike } from './transactionLike'

/**
 * Posts a served appointment's credits (R19, R24; abandoned and no-show per R18; the
 * assisting windows' staff per R13: see `appointmentCredits`) in one
 * transaction; answers whether any posted, `CONFLICT` when an account
 * stayed contended. Each entry's id comes from the appointment's, so
 * posting again is harmless.
 */
export async function creditAppointment(db: Database, appointment: Appointment, at: number): Promise<ApiResult<boolean>> {
  const entries = appointmentCredits(appointment, at)
  if (entries.length === 0) return ok(false)
  return inTransaction(db, async (tx: TransactionLike): Promise<ApiResult<boolean>> => {
    let any = false
    // One after another: the platform refuses a transaction's requests side by side.
    for (const entry of entries) {
      const posted = await postInTransaction(tx, entry)
      if (!posted.ok) return posted
      any ||= posted.data
    }
    return ok(any)
  })
}
