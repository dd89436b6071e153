import * as v from 'valibot'
import { fail, fieldsObject, ok, requestIdSchema, type ApiResult } from '../api'
import { idSchema } from '../ids'
import type { Item } from '../items'
import type { ServiceWindow } from '../org'
import { civilDateOf, type CivilDate } from '../time'
import type { DutyShift } from './dutyShift'

/** How many services one entry may count: a busy half-day's tally of one item, not a typo of 1000. */
export const MAX_WALK_IN_COUNT = 50

/**
 * Walk-in services (周末无休办件, R2, R21) logged by staff on duty: one
 * entry per item and tap, with how many people were served and whether it was
 * 帮办代办 (staff doing the paperwork for or with the applicant). Supervision
 * (R23) counts them per window as the weekend's volume.
 */
export interface WalkInService {
  id: string
  date: CivilDate
  windowId: string
  shiftId: string
  staffId: string
  staffName: string
  itemId: string
  itemName: string
  count: number
  assisted: boolean
  at: number
}

/** `counter` `walkIn.log`: on my shift today, an item of my window, how many, 帮办代办 or not. */
export const walkInLogInputSchema = fieldsObject({
  requestId: requestIdSchema,
  shiftId: v.pipe(v.string('请选择班次'), v.regex(/^duty-[A-Za-z0-9_-]{1,80}$/, '班次格式不正确')),
  itemId: idSchema('办理事项'),
  count: v.pipe(
    v.number('请填写办件数量'),
    v.integer('办件数量须为整数'),
    v.minValue(1, '办件数量至少为1'),
    v.maxValue(MAX_WALK_IN_COUNT, `一次最多登记${MAX_WALK_IN_COUNT}件，请分次登记`),
  ),
  assisted: v.optional(v.boolean('请选择是否帮办代办'), false),
})

const NOT_WALK_IN_ITEM = '该事项不是本窗口的周末无休事项'

/**
 * Whether a walk-in service may be logged on `shift` for `item` at `now`
 * (R2, R21): only on the shift's day (Beijing), after its check-in, and only
 * an active walk-in item of the window's department — the window's walk-in
 * items. Answers the entry to save.
 * @example walkInLogCheck(shift, item, window, { id, count: 2, assisted: true }, now) // ok(WalkInService)
 */
export function walkInLogCheck(
  shift: DutyShift,
  item: Pick<Item, 'id' | 'name' | 'departmentId' | 'modes' | 'active'> | null,
  window: Pick<ServiceWindow, 'id' | 'departmentId'> | null,
  entry: { id: string; count: number; assisted: boolean },
  now: number,
): ApiResult<WalkInService> {
  const today = civilDateOf(now)
  if (today < shift.date) return fail('TOO_EARLY', '值班当天才能登记办件')
  if (today > shift.date) return fail('INVALID_TRANSITION', '只能登记当天值班的办件')
  if (shift.checkInAt === undefined) return fail('INVALID_TRANSITION', '请先签到，再登记办件')
  if (!window || window.id !== shift.windowId) return fail('NOT_FOUND')
  if (!item || !item.active || !item.modes.includes('walk-in') || item.departmentId !== window.departmentId) {
    return fail('INVALID_INPUT', NOT_WALK_IN_ITEM, { itemId: NOT_WALK_IN_ITEM })
  }
  return ok({
    id: entry.id,
    date: shift.date,
    windowId: shift.windowId,
    shiftId: shift.id,
    staffId: shift.staffId,
    staffName: shift.staffName,
    itemId: item.id,
    itemName: item.name,
    count: entry.count,
    assisted: entry.assisted,
    at: now,
  })
}

/**
 * The id of a logged entry, from the staff member and the client's request
 * id: a double tap or a retry saves one entry.
 * @example walkInServiceId('staff-rs-1', 'a1b2c3d4e5') // 'walkin-staff-rs-1-a1b2c3d4e5'
 */
export function walkInServiceId(staffId: string, requestId: string): string {
  return `walkin-${staffId}-${requestId}`
}
