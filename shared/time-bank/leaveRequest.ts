import type { CivilDate } from '../time'

export type LeaveStatus = 'pending' | 'approved' | 'rejected'

/**
 * A request for compensatory leave (调休, R24) from the time bank, with the
 * colleague who covers the post meanwhile, signed off by the window leader.
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
  reason: string
  status: LeaveStatus
  requestedAt: number
  version: number
  decidedBy?: string
  decidedAt?: number
  note?: string
}

/**
 * The minutes still free to ask for: the balance less what pending requests
 * already claim, never below zero.
 * @example availableMinutes(300, [{ status: 'pending', minutes: 120 }]) // 180
 */
export function availableMinutes(balance: number, requests: readonly Pick<LeaveRequest, 'status' | 'minutes'>[]): number {
  const pending = requests.filter((r) => r.status === 'pending').reduce((sum, r) => sum + r.minutes, 0)
  return Math.max(0, balance - pending)
}

/** True when two spans of the same day overlap. */
export function spansOverlap(a: { start: string; end: string }, b: { start: string; end: string }): boolean {
  return a.start < b.end && b.start < a.end
}
