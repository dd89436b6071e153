import { spansOverlap, type LeaveRequest } from './leaveRequest'

/** What the clash check needs of a leave on the same day: who is off, who covers, when. */
export type LeaveOnDay = Pick<LeaveRequest, 'id' | 'staffId' | 'coverStaffId' | 'start' | 'end'>

/** Why a leave cannot be had then: the field to point at and the Chinese message. */
export interface LeaveClash {
  field: 'coverStaffId' | 'date'
  message: string
}

/**
 * Whether `staffId` can be off during `span` while `coverStaffId` covers the
 * post (R24: while someone is on leave, someone else covers): neither may
 * be on leave then, nor already covering a colleague then. `leaves` are the
 * day's pending and approved leaves involving either of them; `exceptId`
 * leaves out the request being re-checked itself. Null when it is fine.
 * @example leaveClash([{ id: 'a', staffId: 'wu', coverStaffId: 'zheng', start: '08:30', end: '09:30' }],
 *   { staffId: 'zheng', coverStaffId: 'wu', start: '09:00', end: '10:00' }) // cover on leave
 */
export function leaveClash(
  leaves: readonly LeaveOnDay[],
  wanted: { staffId: string; coverStaffId: string; start: string; end: string; exceptId?: string },
): LeaveClash | null {
  const overlapping = leaves.filter((l) => l.id !== wanted.exceptId && spansOverlap(l, wanted))
  const { staffId, coverStaffId } = wanted
  if (overlapping.some((l) => l.staffId === coverStaffId)) return { field: 'coverStaffId', message: '该同事这个时段也在调休，不能顶岗' }
  if (overlapping.some((l) => l.coverStaffId === coverStaffId)) return { field: 'coverStaffId', message: '该同事这个时段已在为其他同事顶岗，请另选同事' }
  if (overlapping.some((l) => l.staffId === staffId)) return { field: 'date', message: '您在这个时段已有调休申请' }
  if (overlapping.some((l) => l.coverStaffId === staffId)) return { field: 'date', message: '您这个时段要为同事顶岗，不能调休' }
  return null
}
