import * as v from 'valibot'
import { fieldsObject } from '../api'
import { idSchema } from '../ids'
import { requiredText } from '../text'
import { addDays, isCivilDate, supportedDate } from '../time'
import { DUTY_HALVES } from './dutyShift'

/** A roster spans at most this many days (one read of the shifts). */
export const MAX_ROSTER_DAYS = 31

const civilDate = (label: string) => v.pipe(v.string(`请选择${label}`), v.check(isCivilDate, `${label}不是有效的日期`), supportedDate(label))
const half = v.picklist(DUTY_HALVES, '请选择上午或下午')

/**
 * `section` `duty.schedule` (R2, R21, R22): one staff member on one half-day,
 * leading or not. No `requestId`: the shift's id is made from date, half-day
 * and person, so a repeated tap is the same shift.
 */
export const dutyScheduleInputSchema = fieldsObject({
  date: civilDate('值班日期'),
  half,
  windowId: idSchema('窗口'),
  staffId: idSchema('值班人员'),
  leads: v.optional(v.boolean('请选择是否带班'), false),
})

/** `section` `duty.remove`: a shift, before its check-in. */
export const dutyShiftRefSchema = fieldsObject({ shiftId: v.pipe(v.string('请选择班次'), v.regex(/^duty-[A-Za-z0-9_-]{1,80}$/, '班次格式不正确')) })

/** How many days a roster shows when the caller names no end: four weekends. */
export const DEFAULT_ROSTER_DAYS = 28

/** `section` `duty.roster`: a span of at most 31 days; without `from`, from today (the server's) for 28 days. */
export const dutyRosterInputSchema = v.pipe(
  fieldsObject({ from: v.optional(civilDate('开始日期')), to: v.optional(civilDate('结束日期')) }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      (p) => p.from === undefined || p.to === undefined || (p.from <= p.to && addDays(p.from, MAX_ROSTER_DAYS - 1) >= p.to),
      `结束日期须在开始日期之后，且不超过${MAX_ROSTER_DAYS}天`,
    ),
    ['to'],
  ),
)

/**
 * `section` `duty.close` (R21, R23): a walk-in day closed for one window that
 * nobody can staff, with the section's reason, which supervision reads
 * instead of a duty gap.
 */
export const dutyCloseInputSchema = fieldsObject({
  date: civilDate('日期'),
  windowId: idSchema('窗口'),
  reason: requiredText('不开放原因', 100, 'one'),
})

/** `section` `duty.reopen`: takes a closed day back, so the window is rostered again. */
export const dutyReopenInputSchema = fieldsObject({ date: civilDate('日期'), windowId: idSchema('窗口') })
