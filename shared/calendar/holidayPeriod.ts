import type { CivilDate } from '../time'

/** A holiday period of a known year (R4), with the year whose notice declares it. */
export interface HolidayPeriod {
  name: string
  start: CivilDate
  end: CivilDate
  /** The notice's year; a 元旦 period may start in the December before it. */
  year: number
}
