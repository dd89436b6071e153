import type { DayInfo, DayKind } from '@shared/calendar'
import { formatMonthDay, formatWeekday } from './formatCivilDate'
import { formatHours } from '@shared/calendar'

/** How a day cell of the month calendar is marked; ordinary working days carry no mark. */
export interface DayMark {
  label: '周末无休' | '节假日预约' | '调休上班' | '未知'
  /**
   * The label's words: a narrow day cell in large text puts each on its own
   * line, so a line never breaks inside a word (节假|日预约).
   */
  words: readonly string[]
  tone: 'walk-in' | 'holiday' | 'makeup' | 'unknown'
}

const WALK_IN: DayMark = { label: '周末无休', words: ['周末', '无休'], tone: 'walk-in' }
const HOLIDAY: DayMark = { label: '节假日预约', words: ['节假日', '预约'], tone: 'holiday' }
const MAKEUP: DayMark = { label: '调休上班', words: ['调休', '上班'], tone: 'makeup' }
const UNKNOWN: DayMark = { label: '未知', words: ['未知'], tone: 'unknown' }

/** The marks in the order the legend lists them. */
export const LEGEND: readonly DayMark[] = [WALK_IN, HOLIDAY, MAKEUP, UNKNOWN]

const MARKS: Record<DayKind, DayMark | undefined> = { workday: undefined, weekend: WALK_IN, holiday: HOLIDAY, makeup: MAKEUP, unknown: UNKNOWN }

/** The mark of a day by its kind (R2, R3, R4, R5). */
export function dayMark(day: DayInfo): DayMark | undefined {
  return MARKS[day.kind]
}

const KIND_NAMES: Record<DayKind, string> = {
  workday: '工作日',
  weekend: '周末（无休）',
  holiday: '法定节假日',
  makeup: '调休上班日',
  unknown: '节假日安排尚未录入',
}

/**
 * What a tapped day of the month calendar shows: the date, its kind, the
 * holiday it belongs to, and how the center serves that day.
 *
 * @example dayDetail({ date: '2026-10-01', kind: 'holiday', holidayName: '国庆节', service: 'appointment' })
 * // { title: '10月1日（周四）', kind: '法定节假日 · 国庆节', service: '按预约办理，请在节假日前的工作日预约' }
 */
export function dayDetail(day: DayInfo): { title: string; kind: string; service: string } {
  const title = `${formatMonthDay(day.date)}（${formatWeekday(day.date)}）`
  const kind = day.holidayName ? `${KIND_NAMES[day.kind]} · ${day.holidayName}` : KIND_NAMES[day.kind]
  return { title, kind, service: serviceOf(day) }
}

function serviceOf(day: DayInfo): string {
  switch (day.service) {
    case 'walk-in':
      return day.hours?.length ? `窗口照常办理，无需预约：${formatHours(day.hours)}` : '窗口照常办理，无需预约'
    case 'appointment':
      return '按预约办理，请在节假日前的工作日预约'
    case 'normal':
      return '正常办理'
    case 'unknown':
      return '请致电 0533-3618118 咨询'
  }
}
