import * as v from 'valibot'
import { isCivilDate, isCivilTime, supportedDate } from '../time'

/** Pieces the appointment schemas share; every message names its field. */

export const civilDate = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.check(isCivilDate, `${label}不是有效的日期`), supportedDate(label))

export const civilTime = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.check(isCivilTime, `${label}格式应为 HH:mm`))

export { optionalText, requiredText } from '../text'

/** An instant as epoch milliseconds. */
export const epochMs = (label: string) =>
  v.pipe(v.number(`${label}格式不正确`), v.integer(`${label}格式不正确`), v.minValue(0, `${label}格式不正确`))

export { fieldsObject } from '../api'
