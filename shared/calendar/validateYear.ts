import { addDays, weekdayOf, type CivilDate } from '../time'
import type { YearCalendar } from './yearCalendar'

/** A problem with a year's data: where (a field path as in `fields`) and what, in Chinese. */
export interface YearProblem {
  field: string
  message: string
}

/**
 * How far into the previous December a notice may reach: 元旦 periods cross
 * the new year (the 2023 notice: "2022年12月31日至2023年1月2日"; the 2024
 * notice joins 2023-12-30/31; the 2019 notice made 2018-12-29 a working day).
 * Such days belong to the new year's notice.
 */
const DAYS_BEFORE_YEAR = 7

const isWeekend = (date: CivilDate) => [0, 6].includes(weekdayOf(date))

/** `2024-06-08` → `2024年6月8日（周六）` */
function describe(date: CivilDate): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日（周${'日一二三四五六'[weekdayOf(date)]}）`
}

/**
 * What is wrong with a year's arrangement, in messages an admin reads (R3, R4, R5);
 * empty when it is sound. Expects a value that passed `yearCalendarSchema`.
 * Checks: a start after its end; a date outside the year (a period may begin
 * at most 7 days before 1 January, as 元旦 does, and must end within the
 * year); overlapping holidays; a make-up day that is not a Saturday or Sunday,
 * repeated, or inside a holiday; a weekend day next to a holiday that is
 * neither part of it nor a make-up day (the Decision under R5 joins it to the
 * holiday: "与周末连休").
 */
export function validateYear(year: YearCalendar): YearProblem[] {
  const problems: YearProblem[] = []
  const first = addDays(`${year.year}-01-01`, -DAYS_BEFORE_YEAR)
  const last = `${year.year}-12-31`
  const inYear = (date: CivilDate) => date >= first && date <= last

  year.holidays.forEach(({ name, start, end }, i) => {
    if (start > end) problems.push({ field: `holidays.${i}.end`, message: `「${name}」的结束日期早于开始日期` })
    if (!inYear(start)) problems.push({ field: `holidays.${i}.start`, message: `「${name}」的开始日期${describe(start)}不在${year.year}年内` })
    if (end.slice(0, 4) !== String(year.year)) problems.push({ field: `holidays.${i}.end`, message: `「${name}」的结束日期${describe(end)}不在${year.year}年内` })
    year.holidays.forEach((other, j) => {
      if (j > i && start <= other.end && other.start <= end) {
        problems.push({ field: `holidays.${j}.start`, message: `「${other.name}」与「${name}」的日期重叠` })
      }
    })
  })

  const holidayOn = (date: CivilDate) => year.holidays.find(({ start, end }) => start <= date && date <= end)
  year.makeupDays.forEach((date, i) => {
    const field = `makeupDays.${i}`
    if (!inYear(date)) problems.push({ field, message: `调休上班日${describe(date)}不在${year.year}年内` })
    if (!isWeekend(date)) problems.push({ field, message: `调休上班日${describe(date)}不是周六或周日` })
    if (year.makeupDays.indexOf(date) !== i) problems.push({ field, message: `调休上班日${describe(date)}重复` })
    const holiday = holidayOn(date)
    if (holiday) problems.push({ field, message: `调休上班日${describe(date)}在「${holiday.name}」假期内` })
  })

  year.holidays.forEach(({ name, start, end }, i) => {
    if (start > end) return
    for (const [date, field] of [
      [addDays(start, -1), `holidays.${i}.start`],
      [addDays(end, 1), `holidays.${i}.end`],
    ] as const) {
      if (inYear(date) && isWeekend(date) && !holidayOn(date) && !year.makeupDays.includes(date)) {
        problems.push({ field, message: `${describe(date)}与「${name}」相连，应计入假期（与周末连休）或列为调休上班日` })
      }
    }
  })
  return problems
}
