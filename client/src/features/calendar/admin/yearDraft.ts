import type { FieldErrors } from '@shared/api'
import type { HolidaySpec, YearCalendar, YearProblem } from '@shared/calendar'

/**
 * A year being reviewed before `calendar.setYear` (Decision under R5): from a
 * pasted notice or from a year already known, every value a string as the
 * inputs hold it, with the version the edit started from (0: never saved).
 */
export interface YearDraft {
  year: number
  version: number
  source: { title: string; docNumber: string; publishedOn: string }
  holidays: HolidaySpec[]
  makeupDays: string[]
  /** What the notice parser could not read with certainty. */
  warnings: string[]
}

/** A draft of `calendar` to edit, starting from `version`. */
export function draftOf(calendar: YearCalendar, version: number, warnings: string[] = []): YearDraft {
  return {
    year: calendar.year,
    version,
    source: { title: calendar.source.title, docNumber: calendar.source.docNumber ?? '', publishedOn: calendar.source.publishedOn ?? '' },
    holidays: calendar.holidays.map((h) => ({ ...h })),
    makeupDays: [...calendar.makeupDays],
    warnings,
  }
}

/**
 * The draft tidied before it is sent: blank make-up rows dropped and the rest
 * sorted, as the server sorts them, so that a field error such as
 * `makeupDays.2` names the row the admin sees.
 */
export function tidyDraft(draft: YearDraft): YearDraft {
  const makeupDays = draft.makeupDays.map((d) => d.trim()).filter((d) => d !== '')
  return { ...draft, makeupDays: makeupDays.sort() }
}

/** The year `calendar.setYear` receives; empty optional source fields are left out. */
export function calendarOf(draft: YearDraft): YearCalendar {
  const { title, docNumber, publishedOn } = draft.source
  return {
    year: draft.year,
    source: { title: title.trim(), ...(docNumber.trim() && { docNumber: docNumber.trim() }), ...(publishedOn.trim() && { publishedOn: publishedOn.trim() }) },
    holidays: draft.holidays.map((h) => ({ name: h.name.trim(), start: h.start.trim(), end: h.end.trim() })),
    makeupDays: draft.makeupDays,
  }
}

/** Problems by field, as `fields` of an `INVALID_INPUT` answer: several on one field joined. */
export function fieldsOf(problems: YearProblem[]): FieldErrors {
  const fields: FieldErrors = {}
  for (const { field, message } of problems) fields[field] = fields[field] ? `${fields[field]}；${message}` : message
  return fields
}

/** The year typed in the notice form, or a message why it is not one. */
export function parseYear(text: string): { ok: true; year: number } | { ok: false; message: string } {
  const trimmed = text.trim()
  return /^\d{4}$/.test(trimmed) ? { ok: true, year: Number(trimmed) } : { ok: false, message: '请填写四位数的年份，例如 2027' }
}
