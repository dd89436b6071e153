import * as v from 'valibot'
import { optionalText, requiredText } from '../text'
import { isCivilDate, supportedDate } from '../time'

const civilDate = (what: string) =>
  v.pipe(v.string(`请填写${what}`), v.check(isCivilDate, `${what}应为有效日期，格式YYYY-MM-DD`), supportedDate(what))

/**
 * The shape of a year an admin saves with `calendar.setYear` (Decision under
 * R5), with messages an admin reads. Whether the days make sense together is
 * `validateYear`'s job.
 */
export const yearCalendarSchema = v.object({
  year: v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2000, '年份不能早于2000年'), v.maxValue(2100, '年份不能晚于2100年')),
  source: v.object({
    title: requiredText('通知标题', 100, 'one'),
    docNumber: optionalText('文号', 40, 'one'),
    publishedOn: v.optional(civilDate('发布日期')),
  }),
  holidays: v.pipe(
    v.array(
      v.object({
        name: requiredText('节日名称', 20, 'one'),
        start: civilDate('放假开始日期'),
        end: civilDate('放假结束日期'),
      }),
      '节假日应为列表',
    ),
    v.minLength(1, '至少填写一个节假日'),
    v.maxLength(20, '节假日不能超过20个'),
  ),
  makeupDays: v.pipe(v.array(civilDate('调休上班日期'), '调休上班日应为列表'), v.maxLength(30, '调休上班日不能超过30个')),
})
