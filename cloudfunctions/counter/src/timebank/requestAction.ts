import { fail, ok } from '@shared/api'
import { dayInfo, isWorkingDay } from '@shared/calendar'
import { halfDaySpan } from '@shared/duty'
import { civilDateOf, civilTimeOf } from '@shared/time'
import {
  availableMinutes,
  balanceOf,
  leaveClash,
  leaveEnd,
  leaveMinutes,
  leaveRequestInputSchema,
  leaveRoute,
  OVERDRAWN_MESSAGE,
  spansOverlap,
  type LeaveRequest,
} from '@shared/time-bank'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { dutyReference } from '@server/duty/dutyReference'
import { dutyShiftRepository } from '@server/duty/dutyShiftRepository'
import { staffRepository } from '@server/repositories/staff'
import { leaveIdFor, leaveRepository } from '@server/timebank/leaveRepository'
import { COUNTER_ROLES } from '../windowEvent'

const invalid = (field: string, message: string) => fail('INVALID_INPUT', message, { [field]: message })

/**
 * `leave.request` (R24): compensatory leave (调休) on a working day, not in
 * the past, within the working hours (the `walkInHours` spans: the lunch
 * break is not leave), no longer than the balance less pending requests,
 * with an active colleague covering the post who is neither on duty nor on
 * leave nor covering someone else then — of the same window, another window
 * of the department, or any window with the section's approval, as
 * `leaveRoute` decides, which also names who signs it off; the
 * requester may not be covering someone else then either. The checks of
 * leave and cover are repeated in the transaction that inserts the request
 * (`leaveRepository.create`), so two requests at once cannot both pass.
 * Once per requester and `requestId` (`leaveIdFor`).
 */
export const leaveRequestAction = guarded(COUNTER_ROLES, leaveRequestInputSchema, async (input, ctx: ActionContext, actor) => {
  const me = actor.staff
  if (!me?.windowId) return fail('FORBIDDEN', '您未分配到窗口')
  const leaves = leaveRepository(ctx.db)
  // Keyed by the requester: a colleague's request with the same requestId is another record.
  const id = leaveIdFor(me.id, input.requestId)
  const repeated = await leaves.get(id)
  if (repeated) return ok({ leave: repeated, created: false })

  const now = ctx.now().getTime()
  const { calendar, settings } = await referenceData(ctx)
  const hours = settings.walkInHours
  if (input.date < civilDateOf(now)) return invalid('date', '不能为已经过去的日期申请调休')
  const day = dayInfo(input.date, calendar, settings)
  if (day.kind === 'unknown') return fail('CALENDAR_UNKNOWN')
  if (!isWorkingDay(day)) return invalid('date', '调休须安排在工作日')
  const start = input.start ?? hours[0]?.start ?? '08:30'
  const end = input.end ?? leaveEnd(start, Math.round((input.hours ?? 0) * 60), hours)
  if (!end) return invalid('hours', '当天剩余工作时间不足，请缩短调休时长')
  if (input.date === civilDateOf(now) && start < civilTimeOf(now)) return invalid('start', '开始时间已经过去')
  const minutes = leaveMinutes(start, end, hours)
  if (minutes <= 0) return invalid('end', '所选时段不在工作时间内')
  if (input.coverStaffId === me.id) return invalid('coverStaffId', '请选择其他同事顶岗')

  const [cover, coverShifts, sameDay, snapshot, reference] = await Promise.all([
    staffRepository(ctx.db).get(input.coverStaffId),
    dutyShiftRepository(ctx.db).ofStaff(input.coverStaffId, input.date, input.date),
    leaves.onDay([me.id, input.coverStaffId], input.date),
    leaves.snapshot(me.id),
    dutyReference(ctx),
  ])
  const departmentOf = Object.fromEntries(reference.windows.map((w) => [w.id, w.departmentId]))
  const leaders = reference.staff.filter((s) => s.windowId === me.windowId && s.roles.includes('leader')).map((s) => s.id)
  const route = leaveRoute({ ...me, roles: actor.roles }, cover, departmentOf, leaders)
  if (!route.ok) return route
  if (!cover) return invalid('coverStaffId', '顶岗同事须是在岗的窗口工作人员')
  const span = { start, end }
  const onDuty = coverShifts.some((s) => {
    const hs = halfDaySpan(s.half, hours)
    return hs !== undefined && spansOverlap(hs, span)
  })
  if (onDuty) return invalid('coverStaffId', '该同事这个时段在值班，不能顶岗')
  const clash = leaveClash(sameDay, { staffId: me.id, coverStaffId: cover.id, ...span })
  if (clash) return invalid(clash.field, clash.message)
  if (minutes > availableMinutes(balanceOf(snapshot.entries), snapshot.mine, now)) return fail('LIMIT_REACHED', OVERDRAWN_MESSAGE)

  const leave: LeaveRequest = {
    id,
    staffId: me.id,
    staffName: me.name,
    windowId: me.windowId,
    date: input.date,
    start,
    end,
    minutes,
    coverStaffId: cover.id,
    coverName: cover.name,
    coverScope: route.data.scope,
    coverWindowId: route.data.coverWindowId,
    approver: route.data.approver,
    reason: input.reason,
    status: 'pending',
    requestedAt: now,
    version: 1,
  }
  return leaves.create(leave)
})
