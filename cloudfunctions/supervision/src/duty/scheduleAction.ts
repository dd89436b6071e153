import { fail } from '@shared/api'
import { coverCheck, dutyScheduleInputSchema, dutyShiftId, walkInDayCheck, type DutyShift } from '@shared/duty'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { windowRepository } from '@server/repositories/org'
import { staffRepository } from '@server/repositories/staff'
import { mayManageWindow, SCHEDULER_ROLES } from './manageableWindow'

const LEADER_ONLY = '带班须由窗口负责人担任'
const ALREADY = '该人员在这个时段已排班'

/**
 * `duty.schedule` (R2, R21, R22): puts an active staff member of the window
 * on a walk-in day's half-day, as the leader in charge (带班) or not. Only
 * days the calendar says are walk-in days, not in the past; one leader in
 * charge per window and half-day (`CONFLICT`); the same person on the same
 * half-day is one shift, so a repeated tap answers it again. A window that
 * has nobody of its own may be covered by staff of another window of the same
 * department (顶岗, `coverCheck`; the shift records where they come from); a
 * day the section closed for the window takes no shift until it is reopened,
 * read in the schedule's transaction so that a close at the same instant is
 * seen (R23, `dutyShiftRepository.schedule`).
 */
export const scheduleAction = guarded(SCHEDULER_ROLES, dutyScheduleInputSchema, async (input, ctx: ActionContext, actor) => {
  if (!mayManageWindow(actor, input.windowId)) return fail('FORBIDDEN', '只能为本窗口安排值班')
  const now = ctx.now().getTime()
  const { calendar, settings } = await referenceData(ctx)
  const day = walkInDayCheck(input.date, calendar, settings, now)
  if (!day.ok) return day
  const [staff, windows] = await Promise.all([staffRepository(ctx.db).get(input.staffId), windowRepository(ctx.db).find({})])
  const target = windows.find((w) => w.id === input.windowId)
  if (!target) return fail('NOT_FOUND')
  const cover = coverCheck(staff, target, windows)
  if (!cover.ok || !staff) return cover.ok ? fail('NOT_FOUND') : cover
  if (input.leads && !staff.roles.includes('leader')) return fail('INVALID_INPUT', LEADER_ONLY, { leads: LEADER_ONLY })
  const shift: DutyShift = {
    id: dutyShiftId(input.date, input.half, staff.id),
    date: input.date,
    half: input.half,
    windowId: input.windowId,
    staffId: staff.id,
    staffName: staff.name,
    leads: input.leads,
    ...(cover.data ? { coversFromWindowId: cover.data } : {}),
    scheduledBy: actor.staff?.id ?? actor.openid,
    scheduledAt: now,
    version: 1,
  }
  const saved = await dutyShiftRepository(ctx.db).schedule(shift)
  if (!saved.ok) return saved
  if (!saved.data.created && saved.data.shift.leads !== shift.leads) return fail('CONFLICT', ALREADY)
  return saved
})
