import * as v from 'valibot'
import { fieldsObject } from '../api'
import { isCivilDate, supportedDate } from '../time'

/** A register (台账) covers at most this many days: one year, as `supervision.report`. */
export const MAX_REGISTER_DAYS = 366

const civilDate = (missing: string) => v.pipe(v.string(missing), v.check(isCivilDate, '请选择日期'), supportedDate('台账日期'))

const daysIncluded = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/**
 * `section` `records.register` (R8, R19): the appointments of a period of Beijing civil dates
 * (`from` ≤ `to`, at most 366 days), of one lead window or of all; staff and leaders get only
 * their own window's, whatever they ask.
 */
export const registerInputSchema = v.pipe(
  fieldsObject({
    from: civilDate('请选择开始日期'),
    to: civilDate('请选择结束日期'),
    windowId: v.optional(v.pipe(v.string('窗口格式不正确'), v.minLength(1, '窗口格式不正确'), v.maxLength(64, '窗口格式不正确'))),
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => from <= to, '结束日期不能早于开始日期'),
    ['to'],
  ),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => daysIncluded(from, to) <= MAX_REGISTER_DAYS, `台账一次最多导出${MAX_REGISTER_DAYS}天`),
    ['to'],
  ),
)

export type RegisterInput = v.InferOutput<typeof registerInputSchema>
