import { STATUS_NAMES, type AppointmentStatus, type Channel } from '@shared/appointments'
import type { HolidayPeriod } from '@shared/calendar'
import type { ServiceWindow } from '@shared/org'
import { addDays, type CivilDate } from '@shared/time'
import { formatDateRange, formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { windowLabel } from '../items/windowLabel'
import { CHANNEL_LABELS } from './channelLabels'

/** The section's filters on its list of every appointment (R8, R9); '' is 全部. */
export interface SectionListFilters {
  holiday: CivilDate | ''
  date: CivilDate | ''
  status: AppointmentStatus | ''
  windowId: string
  channel: Channel | ''
}

export const NO_FILTERS: SectionListFilters = { holiday: '', date: '', status: '', windowId: '', channel: '' }

export interface FilterOption {
  value: string
  label: string
}

/**
 * A holiday as the filter names it, with its year (a list spans years).
 * @example holidayLabel({ name: '国庆节', start: '2026-10-01', end: '2026-10-08', year: 2026 }) // '2026年国庆节（10月1日—10月8日）'
 */
export function holidayLabel(period: HolidayPeriod): string {
  return `${period.year}年${period.name}（${formatDateRange(period.start, period.end)}）`
}

/** The options of each picker, 全部… first; the dates are the chosen holiday's days (none until one is chosen). */
export function filterOptions(holidays: readonly HolidayPeriod[], windows: readonly ServiceWindow[], holiday: CivilDate | '') {
  const period = holidays.find((h) => h.start === holiday)
  const days: CivilDate[] = []
  for (let d = period?.start; period && d && d <= period.end; d = addDays(d, 1)) days.push(d)
  return {
    holidays: [{ value: '', label: '全部节假日' }, ...holidays.map((h) => ({ value: h.start, label: holidayLabel(h) }))],
    dates: [{ value: '', label: '全部日期' }, ...days.map((d) => ({ value: d, label: `${formatMonthDay(d)}（${formatWeekday(d)}）` }))],
    statuses: [{ value: '', label: '全部状态' }, ...Object.entries(STATUS_NAMES).map(([value, label]) => ({ value, label }))],
    windows: [{ value: '', label: '全部窗口' }, ...windows.map((w) => ({ value: w.id, label: windowLabel(w) }))],
    channels: [{ value: '', label: '全部渠道' }, ...Object.entries(CHANNEL_LABELS).map(([value, label]) => ({ value, label }))],
  }
}

/** The list's input from the filters: only those chosen. */
export function listInput(filters: SectionListFilters) {
  return {
    ...(filters.holiday ? { holiday: filters.holiday } : {}),
    ...(filters.date ? { date: filters.date } : {}),
    ...(filters.status ? { statuses: [filters.status] } : {}),
    ...(filters.windowId ? { windowId: filters.windowId } : {}),
    ...(filters.channel ? { channel: filters.channel } : {}),
  }
}
