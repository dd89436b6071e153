import { fail } from '@shared/api'
import { isDuplicateKey } from '../appointments/dbErrors'
import type { LeaveRequest, TimeBankEntry } from '@shared/time-bank'
import type { Database } from '../cloud'
import { collection } from '../db'
import { ENTRIES, postInTransaction } from './timeBankLedger'
import { readInTransaction, Refused, writeInTransaction, type TransactionLike } from './transactionLike'

const LEAVES = 'leaveRequests'

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
    /** The leave of several staff members on one day (one read), to check who can cover. */
    onDay: (staffIds: string[], date: string) => leaves.find({ staffId: _.in(staffIds), date, status: _.in(['pending', 'approved']) }),
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
    /** Inserts a request under its deterministic id, once; a repeated request answers the stored one. */
    async create(leave: LeaveRequest): Promise<{ leave: LeaveRequest; created: boolean }> {
      try {
        await leaves.insert(leave)
        return { leave, created: true }
      } catch (error) {
        if (!isDuplicateKey(error)) throw error
        const existing = await leaves.get(leave.id)
        if (!existing) throw error
        return { leave: existing, created: false }
      }
    },
    /**
     * Decides a pending request in one transaction: the request's new state
     * and, on approval, the debit (R24). Two approvals at once both write
     * the staff member's account, so one commits and the other is retried
     * and sees the lower balance: never overdrawn. `Refused` when the
     * request was decided meanwhile or the balance no longer covers it.
     */
    async decide(leaveId: string, decided: Pick<LeaveRequest, 'status' | 'decidedBy' | 'decidedAt' | 'note'>, debit: TimeBankEntry | null): Promise<LeaveRequest> {
      return (await db.runTransaction(async (tx: TransactionLike) => {
        const current = await readInTransaction<LeaveRequest>(tx, LEAVES, leaveId)
        if (!current) throw new Refused(fail('NOT_FOUND'))
        // The same decision again (a double tap, a retry) answers what was saved.
        if (current.status === decided.status && current.decidedBy === decided.decidedBy) return current
        if (current.status !== 'pending') throw new Refused(fail('INVALID_TRANSITION', '该调休申请已处理'))
        const next: LeaveRequest = { ...current, ...decided, version: current.version + 1 }
        if (debit) await postInTransaction(tx, debit)
        await writeInTransaction(tx, LEAVES, next)
        return next
      })) as LeaveRequest
    },
  }
}
