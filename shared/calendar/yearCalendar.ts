import type { CivilDate } from '../time'

/**
 * One holiday period as a State Council notice gives it (R4). `start`..`end`
 * is inclusive and already contains every weekend day the notice joins to the
 * holiday ("与周末连休"): by the Decision under R5 those days are holiday days.
 * A 元旦 period may start in the previous December (the 2023 notice:
 * "2022年12月31日至2023年1月2日").
 */
export interface HolidaySpec {
  /** As the notice names it: 春节, 清明节, or combined 中秋节、国庆节. */
  name: string
  start: CivilDate
  end: CivilDate
}

/** Where a year's arrangement comes from: 国务院办公厅关于XXXX年部分节假日安排的通知. */
export interface NoticeSource {
  title: string
  /** e.g. 国办发明电〔2025〕7号 */
  docNumber?: string
  publishedOn?: CivilDate
}

/**
 * One year's statutory arrangement (R3, R4, R5): its holiday periods and its
 * make-up working days (调休上班). Shipped years are data under `years/`;
 * an admin can save a new or corrected year without a release.
 */
export interface YearCalendar {
  year: number
  source: NoticeSource
  holidays: HolidaySpec[]
  /** Weekend days declared working days (调休上班), sorted. */
  makeupDays: CivilDate[]
}
