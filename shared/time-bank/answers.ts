import type { TimeSpan } from '../calendar'
import type { LeaveRequest } from './leaveRequest'
import type { CoverScope } from './leaveRoute'
import type { TimeBankEntry } from './timeBankEntry'

/** `counter` `timebank.mine`: the caller's balance and entries, their requests, those they decide. */
export interface TimeBankAnswer {
  balance: number
  available: number
  entries: TimeBankEntry[]
  requests: LeaveRequest[]
  toDecide: LeaveRequest[]
  /** Who may cover (R24): active staff of every window, with where they work seen from the caller; `other` needs the section. */
  colleagues: CoverCandidate[]
  workingHours: readonly TimeSpan[]
}

/** A colleague who may cover, and from where (R24). */
export interface CoverCandidate {
  id: string
  name: string
  scope: CoverScope
  /** e.g. 5号窗口 社保业务. */
  windowName: string
}

/** `section` `leave.pending`: a request the section decides, with the windows by name. */
export type SectionLeave = LeaveRequest & { windowName: string; coverWindowName: string }
