import * as v from 'valibot'
import { fail, ok, type ApiResult } from '../api'
import { validateYear, type YearProblem } from './validateYear'
import type { YearCalendar } from './yearCalendar'
import { yearCalendarSchema } from './yearCalendarSchema'

/**
 * The whole check behind `calendar.setYear`: the shape (`yearCalendarSchema`),
 * then the sense of the days (`validateYear`). Answers the year with its
 * make-up days sorted, or `INVALID_INPUT` with every problem by field.
 */
export function checkYear(input: unknown): ApiResult<YearCalendar> {
  const parsed = v.safeParse(yearCalendarSchema, input)
  if (!parsed.success) return invalid(parsed.issues.map((issue) => ({ field: v.getDotPath(issue) ?? '', message: issue.message })))
  const year: YearCalendar = { ...parsed.output, makeupDays: [...parsed.output.makeupDays].sort() }
  const problems = validateYear(year)
  return problems.length > 0 ? invalid(problems) : ok(year)
}

function invalid(problems: YearProblem[]) {
  const fields: Record<string, string> = {}
  for (const { field, message } of problems) fields[field] = fields[field] ? `${fields[field]}；${message}` : message
  return fail('INVALID_INPUT', problems[0].message, fields)
}
