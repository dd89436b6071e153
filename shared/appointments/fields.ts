import * as v from 'valibot'
import { isCivilDate, isCivilTime } from '../time'

/** Pieces the appointment schemas share; every message names its field. */

export const civilDate = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.check(isCivilDate, `${label}不是有效的日期`))

export const civilTime = (label: string) =>
  v.pipe(v.string(`请选择${label}`), v.check(isCivilTime, `${label}格式应为 HH:mm`))

export const requiredText = (label: string, max: number) =>
  v.pipe(v.string(`请填写${label}`), v.trim(), v.minLength(1, `请填写${label}`), v.maxLength(max, `${label}不能超过${max}个字`))

export const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}必须是文字`), v.trim(), v.maxLength(max, `${label}不能超过${max}个字`)))

/** An instant as epoch milliseconds. */
export const epochMs = (label: string) =>
  v.pipe(v.number(`${label}格式不正确`), v.integer(`${label}格式不正确`), v.minValue(0, `${label}格式不正确`))

export { fieldsObject } from '../api'
