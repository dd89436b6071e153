export {
  BEIJING_OFFSET_MINUTES,
  addDays,
  beijingInstant,
  civilDateOf,
  civilTimeOf,
  formatBeijingIso,
  isCivilDate,
  isCivilTime,
  toBeijing,
  weekdayOf,
  type CivilDate,
  type Instant,
} from './beijing'
export { chineseDate, chineseDateTime } from './chineseDates'
export { SUPPORTED_YEARS, isSupportedDate, supportedDate } from './supportedDate'
