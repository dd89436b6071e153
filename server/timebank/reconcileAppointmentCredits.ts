import { addDays, civilDateOf } from '@shared/time'
import type { Database } from '../cloud'
import { collection } from '../db'
import { appointmentRepository } from '../appointments/appointmentRepository'
import { appointmentCredits } from '@shared/time-bank'
import { creditAppointment } from './creditAppointment'
import { ENTRIES } from './timeBankLedger'

/** How far back the scheduler looks for served appointments without their credit. */
const RECONCILE_DAYS = 31

/**
 * R24: no credit is lost when `counter` dies between saving a completed (or
 * abandoned, R18) appointment and posting its time-bank entry. The
 * scheduler runs this every 5 minutes: the served appointments of the last
 * month, the entries their ids would have (the lead's and the assisting staff's, R13) (2 reads), and a posting for each
 * one missing. Posting is idempotent, so racing the `counter` function is
 * harmless. Answers how many it posted; one still contended (`CONFLICT`)
 * is logged and left to the next run.
 */
export async function reconcileAppointmentCredits(db: Database, now: number): Promise<number> {
  const _ = db.command
  const since = addDays(civilDateOf(now), -RECONCILE_DAYS)
  const served = await appointmentRepository(db).servedSince(since)
  const credits = served.map((a) => ({ appointment: a, ids: appointmentCredits(a, now).map((e) => e.id) })).filter((c) => c.ids.length > 0)
  if (credits.length === 0) return 0
  const posted = await collection<{ id: string }>(db, ENTRIES).find({ _id: _.in(credits.flatMap((c) => c.ids)) }, { limit: 1000 })
  const have = new Set(posted.map((e) => e.id))
  let count = 0
  for (const { appointment } of credits.filter((c) => c.ids.some((id) => !have.has(id)))) {
    const posted = await creditAppointment(db, appointment, now)
    if (!posted.ok) console.error('[time bank] credit left to the next run', appointment.id, posted.error.code)
    else if (posted.data) count++
  }
  return count
}
