import type { TimeSpan } from '@shared/calendar'
import type { LeaveRequest, TimeBankEntry } from '@shared/time-bank'

/** `counter` `timebank.mine` (api.md). */
export interface TimeBankAnswer {
  balance: number
  available: number
  entries: TimeBankEntry[]
  requests: LeaveRequest[]
  toDecide: LeaveRequest[]
  colleagues: { id: string; name: string }[]
  workingHours: TimeSpan[]
}

export type { LeaveRequest, TimeBankEntry }
