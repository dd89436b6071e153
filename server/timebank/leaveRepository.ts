import { fail, ok, type ApiResult } from '@shared/api'
import { leaveClash, type LeaveOnDay, type LeaveRequest, type TimeBankEntry } from '@shared/time-bank'
import type { Database } from '../cloud'
import { collection } from '../db'
import { digestOf } from '../ids'
import { inTransaction } from '../inTransaction'
import { ENTRIES, postInTransaction } from './timeBankLedger'
import { readInTransaction, writeInTransaction, type TransactionLike } from './transactionLike'

const LEAVES = 'leaveRequests'

/**
 * The id of the leave request a `leave.request` creates, from the requester
 * and their `requestId` (as `appointmentIdFor`, `complaintIdFor`): a double
 * tap names the same document, and a colleague who happens to send the same
 * `requestId` names another one instead of colliding with it.
 */
export function leaveIdFor(staffId: string, requestId: string): string {
  return `leave-${digestOf('leave', staffId, requestId).slice(0, 24)}`
}
/**
 * One document per staff member and day (`<staffId>--<date>`): the pending
 * and approved leave of that day they take or cover (R24). Every leave
 * request writes the documents of both people in the transaction that
 * creates it, so two requests that involve one person on one day write one
 * document: the first to write it holds it, the other's write fails and
 * `inTransaction` runs it again, when it sees the first — the check and
 * the insert are one step.
 */
const LEAVE_DAYS = 'leaveDays'

interface LeaveDay {
  id: string
  staffId: string
  date: string
  leaves: LeaveOnDay[]
  version: number
}

const leaveDayId = (staffId: string, date: string) => `${staffId}--${date}`
const onDayOf = (l: LeaveOnDay): LeaveOnDay => ({ id: l.id, staffId: l.staffId, coverStaffId: l.coverStaffId, start: l.start, end: l.end })

/** Reads the day documents of the leave's two people inside `tx`. */
async function readLeaveDays(tx: TransactionLike, leave: Pick<LeaveRequest, 'staffId' | 'coverStaffId' | 'date'>): Promise<LeaveDay[]> {
  const days: LeaveDay[] = []
  // One after another: the platform refuses a transaction's requests side by side.
  for (const staffId of [leave.staffId, leave.coverStaffId]) {
    const id = leaveDayId(staffId, leave.date)
    days.push((await readInTransaction<LeaveDay>(tx, LEAVE_DAYS, id)) ?? { id, staffId, date: leave.date, leaves: [], version: 0 })
  }
  return days
}

/** Writes the day documents with `change` applied to their leave lists. */
async function writeLeaveDays(tx: TransactionLike, days: LeaveDay[], change: (leaves: LeaveOnDay[]) => LeaveOnDay[]): Promise<void> {
  for (const day of days) {
    const next: LeaveDay = { ...day, leaves: change(day.leaves), version: day.version + 1 }
    await writeInTransaction(tx, LEAVE_DAYS, next)
  }
}

const clashRefusal = (clash: { field: string; message: string }) => fail('INVALID_INPUT', clash.message, { [clash.field]: clash.message })

/** What `timebank.mine` reads in one request: the staff member's ledger and leave, and their window's leave. */
export interface TimeBankSnapshot {
  entries: TimeBankEntry[]
  mine: LeaveRequest[]
  window: LeaveRequest[]
}

const fromStored = <T>(doc: Record<string, unknown>): T => {
  const { _id, ...rest } = doc
  return { ...rest, id: _id } as T
}

/** The one place that reads and writes `leaveRequests` and reads the time bank's entries. */
export function leaveRepository(db: Database) {
  const leaves = collection<LeaveRequest>(db, LEAVES)
  const _ = db.command
  return {
    get: (id: string) => leaves.get(id),
    /** The pending requests `leaveRoute` gave the section to decide (R24), the earliest day first. One request. */
    pendingForSection: () => leaves.find({ approver: 'section', status: 'pending' }, { orderBy: [['date', 'asc']], limit: 200 }),
    /** The pending and approved leave of one day that several staff members take or cover (one read), to check who can cover. */
    onDay: (staffIds: string[], date: string) =>
      leaves.find(_.and([{ date, status: _.in(['pending', 'approved']) }, _.or([{ staffId: _.in(staffIds) }, { coverStaffId: _.in(staffIds) }])]) as unknown as Record<string, unknown>),
    /**
     * A staff member's entries and leave requests, and their window's, in ONE
     * request: an aggregation on the staff record joining the other two
     * collections (`$lookup`), so that `timebank.mine` stays within a read's
     * budget of 2 requests (docs/numbers.md) with the caller's own record.
     */
    async snapshot(staffId: string): Promise<TimeBankSnapshot> {
      const res = (await db
        .collection('staff')
        .aggregate()
        .match({ _id: staffId })
        .lookup({ from: ENTRIES, localField: '_id', foreignField: 'staffId', as: 'entries' })
        .lookup({ from: LEAVES, localField: '_id', foreignField: 'staffId', as: 'mine' })
        .lookup({ from: LEAVES, localField: 'windowId', foreignField: 'windowId', as: 'window' })
        .limit(1)
        .end()) as unknown as { list: Record<string, Record<string, unknown>[]>[] }
      const [doc] = res.list
      const list = <T>(key: string) => ((doc?.[key] ?? []) as Record<string, unknown>[]).map((d) => fromStored<T>(d))
      return { entries: list<TimeBankEntry>('entries'), mine: list<LeaveRequest>('mine'), window: list<LeaveRequest>('window') }
    },
    /**
     * Inserts a request under its deterministic id, once (a repeated request
     * answers the stored one), in one transaction with the day documents of
     * the requester and the cover: `INVALID_INPUT` when either is then on
     * leave or covering someone else (R24), so two requests at once can
     * never both pass; `CONFLICT` when it stayed contended.
     */
    async create(leave: LeaveRequest): Promise<ApiResult<{ leave: LeaveRequest; created: boolean }>> {
      try {
        return await inTransaction(db, async (tx: TransactionLike): Promise<ApiResult<{ leave: LeaveRequest; created: boolean }>> => {
          const existing = await readInTransaction<LeaveRequest>(tx, LEAVES, leave.id)
          if (existing) return ok({ leave: existing, created: false })
          const days = await readLeaveDays(tx, leave)
          const clash = leaveClash(days.flatMap((d) => d.leaves), leave)
          if (clash) return clashRefusal(clash)
          await writeLeaveDays(tx, days, (list) => [...list, onDayOf(leave)])
          const { id, ...rest } = leave
          await tx.collection(LEAVES).add({ data: { _id: id, ...rest } })
          return ok({ leave, created: true })
        })
      } catch (error) {
        // Refusals are answered above; a failure may be the same request's insert landing first: read the id back.
        const existing = await leaves.get(leave.id)
        if (!existing) throw error
        return ok({ leave: existing, created: false })
      }
    },
    /**
     * Decides a pending request in one transaction: the request's new state
     * and, on approval, the debit (R24). Two approvals at once both write
     * the staff member's account, so the second one's write fails and
     * `inTransaction` runs it again, when it sees the lower balance: never
     * overdrawn (`CONFLICT` if it never gets through). An approval re-checks,
     * on the day documents, that neither the requester nor the cover is
     * then on other leave or covering someone else (a request made before
     * the day documents existed, R24); a rejection frees its place on them.
     * A refusal, with nothing written, when the request was decided
     * meanwhile, the balance no longer covers it, or the check fails.
     */
    async decide(leaveId: string, decided: Pick<LeaveRequest, 'status' | 'decidedBy' | 'decidedAt' | 'note'>, debit: TimeBankEntry | null): Promise<ApiResult<LeaveRequest>> {
      return inTransaction(db, async (tx: TransactionLike): Promise<ApiResult<LeaveRequest>> => {
        const current = await readInTransaction<LeaveRequest>(tx, LEAVES, leaveId)
        if (!current) return fail('NOT_FOUND')
        // The same decision again (a double tap, a retry) answers what was saved.
        if (current.status === decided.status && current.decidedBy === decided.decidedBy) return ok(current)
        if (current.status !== 'pending') return fail('INVALID_TRANSITION', '该调休申请已处理')
        const next: LeaveRequest = { ...current, ...decided, version: current.version + 1 }
        const days = await readLeaveDays(tx, current)
        if (decided.status === 'approved') {
          const clash = leaveClash(days.flatMap((d) => d.leaves), { ...current, exceptId: current.id })
          if (clash) return fail('CONFLICT', clash.message)
          // A request older than the day documents takes its place on them now.
          await writeLeaveDays(tx, days, (list) => [...list.filter((l) => l.id !== current.id), onDayOf(current)])
        } else {
          await writeLeaveDays(tx, days, (list) => list.filter((l) => l.id !== current.id))
        }
        if (debit) {
          const posted = await postInTransaction(tx, debit)
          if (!posted.ok) return posted
        }
        await writeInTransaction(tx, LEAVES, next)
        return ok(next)
      })
    },
  }
}
