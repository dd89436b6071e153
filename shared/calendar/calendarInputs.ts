import * as v from 'valibot'
import { versionSchema } from '../api'

const yearNumber = v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2000, '年份不能早于2000年'), v.maxValue(2100, '年份不能晚于2100年'))

/** `admin` `calendar.history`. */
export const yearRefSchema = v.object({ year: yearNumber })

/**
 * `admin` `calendar.setYear`: the calendar is checked by `checkYear` after
 * parsing, which tells every problem at once rather than the first.
 */
export const setYearInputSchema = v.object({ version: versionSchema(0), calendar: v.unknown() })
