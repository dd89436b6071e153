import { fail, ok, type ApiResult } from '@shared/api'
import { dutyClosureId, dutyLeadId, type DutyShift } from '@shared/duty'
import type { CivilDate } from '@shared/time'
import type { Database } from '../cloud'
import { collection } from '../db'
import type { TimeBankEntry } from '@shared/time-bank'
import { inTransaction } from '../inTransaction'
import { postInTransaction } from '../timebank/timeBankLedger'
import { readInTransaction, writeInTransaction, type TransactionLike } from '../timebank/transactionLike'
import { DUTY_CLOSURES } from './dutyClosureRepository'
import { readDutyDay, writeDutyDay } from './dutyDays'

const SHIFTS = 'dutyShifts'
/** One marker per window and half-day naming who leads it (R22), so two leaders cannot both be put in charge at once. */
const LEADS = 'dutyLeads'

/** Said when another leader already leads that window's half-day. */
const LEAD_TAKEN_MESSAGE = '该窗口这个时段已有带班负责人'
/** Said when the section has closed the window that day (R23). */
const CLOSED_MESSAGE = '管理科已决定该窗口当天不开放，请先恢复开放再排班'

/** The one place that reads and writes the `dutyShifts` collection (and its `dutyLeads` markers). */
export function dutyShiftRepository(db: Database) {
  const shifts = collection<DutyShift>(db, SHIFTS)
  const _ = db.command
  return {
    get: (id: string) => shifts.get(id),
    /** The shifts of a span of days, optionally of one window (one read). */
    inRange: (from: CivilDate, to: CivilDate, windowId?: string) =>
      shifts.find({ date: _.and(_.gte(from), _.lte(to)), ...(windowId ? { windowId } : {}) }, { orderBy: [['date', 'asc']] }),
    /** A staff member's shifts of a span of days (one read). */
    ofStaff: (staffId: string, from: CivilDate, to: CivilDate) =>
      shifts.find({ staffId, date: _.and(_.gte(from), _.lte(to)) }, { orderBy: [['date', 'asc']] }),
    /**
     * Schedules a shift, once: in one transaction, the shift under its
     * deterministic id, the window's day (`dutyDays`) naming it and, for the
     * leader in charge, the window's lead marker. Answers the stored shift
     * and whether it was new; `INVALID_TRANSITION` when the section has
     * closed the window that day, read in the transaction so that a close at
     * the same instant is seen (R23); `CONFLICT` when another leader leads
     * that half-day, or it stayed contended.
     */
    async schedule(shift: DutyShift): Promise<ApiResult<{ shift: DutyShift; created: boolean }>> {
      return inTransaction(db, async (tx: TransactionLike): Promise<ApiResult<{ shift: DutyShift; created: boolean }>> => {
        const existing = await readInTransaction<DutyShift>(tx, SHIFTS, shift.id)
        if (existing) return ok({ shift: existing, created: false })
        if (await readInTransaction(tx, DUTY_CLOSURES, dutyClosureId(shift.date, shift.windowId))) return fail('INVALID_TRANSITION', CLOSED_MESSAGE)
        const { id, ...rest } = shift
        if (shift.leads) {
          const leadId = dutyLeadId(shift.date, shift.half, shift.windowId)
          const lead = await readInTransaction<{ id: string; shiftId: string }>(tx, LEADS, leadId)
          if (lead) return fail('CONFLICT', LEAD_TAKEN_MESSAGE)
          await tx.collection(LEADS).add({ data: { _id: leadId, shiftId: id } })
        }
        const day = await readDutyDay(tx, shift.date, shift.windowId)
        await writeDutyDay(tx, { ...day, shiftIds: [...day.shiftIds.filter((s) => s !== id), id] })
        await tx.collection(SHIFTS).add({ data: { _id: id, ...rest } })
        return ok({ shift, created: true })
      })
    },
    /**
     * Removes a shift still without check-in, its lead marker and its name
     * on the window's day, in one transaction; false when it was checked in meanwhile, `CONFLICT`
     * when it stayed contended.
     */
    async remove(shift: DutyShift): Promise<ApiResult<boolean>> {
      return inTransaction(db, async (tx: TransactionLike) => {
        const current = await readInTransaction<DutyShift>(tx, SHIFTS, shift.id)
        if (!current) return ok(true)
        if (current.checkInAt !== undefined) return ok(false)
        await tx.collection(SHIFTS).doc(shift.id).remove()
        if (current.leads) await tx.collection(LEADS).doc(dutyLeadId(current.date, current.half, current.windowId)).remove()
        const day = await readDutyDay(tx, current.date, current.windowId)
        if (day.shiftIds.includes(shift.id)) await writeDutyDay(tx, { ...day, shiftIds: day.shiftIds.filter((s) => s !== shift.id) })
        return ok(true)
      })
    },
    /**
     * Saves the check-out over the version read and, in the same
     * transaction, the time-bank credit it earns (R24): the shift is never
     * checked out without its credit, nor credited twice. False when someone
     * saved the shift first; `CONFLICT` when it stayed contended.
     */
    async saveCheckOut(prev: DutyShift, next: DutyShift, credit: TimeBankEntry | null): Promise<ApiResult<boolean>> {
      return inTransaction(db, async (tx: TransactionLike) => {
        const current = await readInTransaction<DutyShift>(tx, SHIFTS, prev.id)
        if (!current || current.version !== prev.version) return ok(false)
        await writeInTransaction(tx, SHIFTS, next)
        const posted = credit ? await postInTransaction(tx, credit) : ok(false)
        // A credit never overdraws; a refusal here would roll the check-out back with it.
        return posted.ok ? ok(true) : posted
      })
    },
    /** Saves attendance over the version read; false when someone saved first. */
    async saveAttendance(prev: DutyShift, next: DutyShift): Promise<boolean> {
      const { id, version: _version, ...fields } = next
      return shifts.saveOverVersion(id, prev.version, fields)
    },
  }
}
