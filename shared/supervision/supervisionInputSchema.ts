import * as v from 'valibot'
import { fieldsObject } from '../api'
import { isCivilDate, supportedDate } from '../time'

/** A report covers at most this many days, as `calendar.range`. */
export const MAX_REPORT_DAYS = 366

const civilDate = (missing: string) => v.pipe(v.string(missing), v.check(isCivilDate, '请选择日期'), supportedDate('统计日期'))

const daysIncluded = (from: string, to: string) => Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1

/**
 * `supervision.report`'s input: a period of Beijing civil dates (`from` ≤
 * `to`, at most 366 days), optionally one window, and the answer's format:
 * the report as data (`json`, the default) or as a CSV file (`csv`).
 */
export const supervisionInputSchema = v.pipe(
  fieldsObject({
    from: civilDate('请选择开始日期'),
    to: civilDate('请选择结束日期'),
    windowId: v.optional(v.pipe(v.string('窗口格式不正确'), v.minLength(1, '窗口格式不正确'), v.maxLength(64, '窗口格式不正确'))),
    format: v.optional(v.picklist(['json', 'csv'], '导出格式只能是 json 或 csv'), 'json'),
  }),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => from <= to, '结束日期不能早于开始日期'),
    ['to'],
  ),
  v.forward(
    v.partialCheck([['from'], ['to']], ({ from, to }) => daysIncluded(from, to) <= MAX_REPORT_DAYS, `一次最多统计${MAX_REPORT_DAYS}天`),
    ['to'],
  ),
)

export type SupervisionInputFields = v.InferOutput<typeof supervisionInputSchema>
