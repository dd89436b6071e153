import type { TimeSpan } from '../calendar'
import type { LeaveRequest } from './leaveRequest'
import type { TimeBankEntry } from './timeBankEntry'

/** `counter` `timebank.mine`: the caller's balance and entries, their requests, those they decide. */
export interface TimeBankAnswer {
  balance: number
  available: number
  entries: TimeBankEntry[]
  requests: LeaveRequest[]
  toDecide: LeaveRequest[]
  colleagues: { id: string; name: string }[]
  workingHours: readonly TimeSpan[]
}
