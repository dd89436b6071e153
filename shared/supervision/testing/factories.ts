import type { ReviewLevel } from '../../feedback'
import type { SupervisedReview, SupervisedShift, SupervisedWindow } from '../records'

/**
 * Test support, not part of the public face: duty shifts, reviews and
 * windows with overrides (docs/style.md, 9). The windows are those of
 * `appointmentIn` (`w-lead`, `w-assist`).
 */
let seq = 0

export function makeWindow(overrides: Partial<SupervisedWindow> = {}): SupervisedWindow {
  return { id: 'w-lead', departmentId: 'd-lead', name: '市场监管窗口', number: 'A2', needsDuty: true, ...overrides }
}

export const WINDOWS: SupervisedWindow[] = [
  makeWindow(),
  makeWindow({ id: 'w-assist', departmentId: 'd-assist', name: '社保窗口', number: 'A10' }),
  makeWindow({ id: 'w-other', departmentId: 'd-other', name: '不动产窗口', number: 'B1', needsDuty: false }),
]

export function makeShift(overrides: Partial<SupervisedShift> = {}): SupervisedShift {
  return { id: `shift-${++seq}`, date: '2026-10-17', half: 'am', windowId: 'w-lead', staffId: 's-assigned', leads: false, ...overrides }
}

/** Both halves of a walk-in day, checked in on time. */
export function fullDay(windowId: string, date: string, overrides: Partial<SupervisedShift> = {}): SupervisedShift[] {
  const checkInAt = Date.parse(`${date}T08:20:00+08:00`)
  return [makeShift({ windowId, date, half: 'am', checkInAt, ...overrides }), makeShift({ windowId, date, half: 'pm', checkInAt, ...overrides })]
}

export function makeReview(level: ReviewLevel = 'satisfied', overrides: Partial<SupervisedReview> = {}): SupervisedReview {
  return { id: `review-${++seq}`, windowId: 'w-lead', level, at: Date.parse('2026-10-03T12:00:00+08:00'), ...overrides }
}
