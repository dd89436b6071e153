import { isCivilDate, isCivilTime } from '@shared/time'

/** The leave form as typed: a day, a span, who covers, why. */
export interface LeaveForm {
  date: string
  start: string
  end: string
  coverStaffId: string
  reason: string
}

export const EMPTY_LEAVE_FORM: LeaveForm = { date: '', start: '08:30', end: '12:00', coverStaffId: '', reason: '' }

/**
 * Checks the form before sending, with the server's own words; the server
 * checks again (R24: the balance, the cover, the calendar).
 */
export function leaveInput(form: LeaveForm): { ok: true; value: LeaveForm } | { ok: false; errors: Record<string, string> } {
  const errors: Record<string, string> = {}
  const trimmed = { ...form, date: form.date.trim(), start: form.start.trim(), end: form.end.trim(), reason: form.reason.trim() }
  if (!isCivilDate(trimmed.date)) errors.date = '请选择调休日期'
  if (!isCivilTime(trimmed.start)) errors.start = '请选择开始时间'
  if (!isCivilTime(trimmed.end)) errors.end = '请选择结束时间'
  else if (isCivilTime(trimmed.start) && trimmed.start >= trimmed.end) errors.end = '结束时间须晚于开始时间'
  if (!trimmed.coverStaffId) errors.coverStaffId = '请选择顶岗同事'
  if (!trimmed.reason) errors.reason = '请填写调休事由'
  return Object.keys(errors).length ? { ok: false, errors } : { ok: true, value: trimmed }
}
