import { beijingInstant, type CivilDate } from '../time'
import type { CoverScope, LeaveApprover } from './leaveRoute'

export type LeaveStatus = 'pending' | 'approved' | 'rejected'

/**
 * A request for compensatory leave (调休, R24) from the time bank, with the
 * colleague who covers the post meanwhile, signed off by the window leader
 * or, as `leaveRoute` decides, by the section.
 */
export interface LeaveRequest {
  id: string
  staffId: string
  staffName: string
  windowId: string
  date: CivilDate
  start: string
  end: string
  minutes: number
  coverStaffId: string
  coverName: string
  /** Where the cover works (R24); absent on requests made before covers came from other windows: the same window. */
  coverScope?: CoverScope
  coverWindowId?: string
  /** Who decides (R24); absent on requests made before the section decided any: the window leader. */
  approver?: LeaveApprover
  reason: string
  status: LeaveStatus
  requestedAt: number
  version: number
  decidedBy?: string
  decidedAt?: number
  note?: string
}

/** The moment (epoch ms) a leave's span ends, Beijing time: after it, it can no longer be approved (R24). */
export function leaveEndsAt(leave: Pick<LeaveRequest, 'date' | 'end'>): number {
  return beijingInstant(leave.date, leave.end).getTime()
}

/**
 * The minutes still free to ask for at `now`: the balance less what pending
 * requests still ahead claim (a request whose span has ended undecided can
 * no longer be approved, R24), never below zero.
 * @example availableMinutes(300, [{ status: 'pending', minutes: 120, date: '2026-10-19', end: '10:30' }], now) // 180 before then
 */
export function availableMinutes(balance: number, requests: readonly Pick<LeaveRequest, 'status' | 'minutes' | 'date' | 'end'>[], now: number): number {
  const pending = requests.filter((r) => r.status === 'pending' && leaveEndsAt(r) > now).reduce((sum, r) => sum + r.minutes, 0)
  return Math.max(0, balance - pending)
}

/** True when two spans of the same day overlap. */
export function spansOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end
}
