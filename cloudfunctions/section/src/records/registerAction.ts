import { fail, ok } from '@shared/api'
import { APPOINTMENT_STATUSES } from '@shared/appointments'
import { registerInputSchema, registerRow } from '@shared/documents'
import { chineseDate, chineseDateTime } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { appointmentRepository, type StoredAppointment } from '@server/appointments/appointmentRepository'
import { appointmentView } from '@server/appointments/appointmentView'
import { domainActor } from '@server/appointments/domainActor'
import { itemDirectory, lastChangeOf, staffDirectory, windowDirectory } from '@server/appointments/cachedDirectory'
import { storeDocument } from '@server/documents/storeDocument'
import { windowName } from '../appointments/windowName'
import { registerWorkbook } from './registerWorkbook'

/** The most rows one register holds: a year of a busy centre; more is a shorter period. */
export const MAX_REGISTER_ROWS = 5000
const PAGE = 1000

/**
 * `records.register` (台账, R8, R19): every appointment of a period, one row each, as an
 * `.xlsx` in cloud storage, answered with a temporary URL (`storeDocument`). The section gets
 * every window's or one window's; a window's staff and leader get their own window's (lead
 * window) only, and asking for another window is `FORBIDDEN`; citizens, the desk and admins
 * `FORBIDDEN` (`guarded`). The phone is whole only where the caller may see it (`canSeePhone`),
 * masked otherwise. Requests: 1 (staff record) + 1 per 1000 rows + the names (cached) + 3
 * storage calls + 1 record.
 */
export const registerAction = guarded(['section', 'leader', 'staff'], registerInputSchema, async (input, ctx: ActionContext, actor) => {
  const isSection = actor.roles.includes('section')
  const ownWindow = actor.staff?.windowId
  if (!isSection && (!ownWindow || (input.windowId !== undefined && input.windowId !== ownWindow))) {
    return fail('FORBIDDEN', '只能导出本窗口的台账')
  }
  const windowId = isSection ? input.windowId : ownWindow
  const repository = appointmentRepository(ctx.db)
  const stored: StoredAppointment[] = []
  for (let skip = 0; ; skip += PAGE) {
    const page = await repository.forSection({ statuses: APPOINTMENT_STATUSES, windowId, from: input.from, to: input.to }, { skip, limit: PAGE })
    stored.push(...page.items)
    if (page.total > MAX_REGISTER_ROWS) {
      return fail('INVALID_INPUT', `这段时间有${page.total}条预约，台账一次最多${MAX_REGISTER_ROWS}条，请缩短时间段`, { to: '请缩短时间段' })
    }
    if (page.items.length < PAGE || stored.length >= page.total) break
  }
  // the register reads in date order, oldest first, as a paper register is kept
  stored.reverse()

  const changedAt = lastChangeOf(stored)
  const [items, windows, staff] = await Promise.all([
    itemDirectory(ctx, [...new Set(stored.flatMap((a) => a.itemIds))], changedAt),
    windowDirectory(ctx, [...new Set([...stored.flatMap((a) => a.leadWindowId ?? []), ...(windowId ? [windowId] : [])])], changedAt),
    staffDirectory(ctx, [...new Set(stored.flatMap((a) => a.assignedStaffId ?? []))], changedAt),
  ])
  const names = {
    items: new Map([...items].map(([id, item]) => [id, item.name])),
    windows: new Map([...windows].map(([id, window]) => [id, windowName(window)])),
    staff: new Map([...staff].map(([id, person]) => [id, person.name])),
  }
  const rows = stored.map((a) => registerRow(appointmentView(a, domainActor(actor, a)), names))
  const period = input.from === input.to ? chineseDate(input.from) : `${chineseDate(input.from)}至${chineseDate(input.to)}`
  const scope = windowId ? (names.windows.get(windowId) ?? '本窗口') : '全部窗口'
  const content = await registerWorkbook(
    '沂源县政务服务中心预约台账',
    `${period} · ${scope} · 共${rows.length}条 · 导出时间 ${chineseDateTime(ctx.now().getTime())}`,
    rows,
  )
  const answer = await storeDocument(ctx, {
    kind: 'register',
    fileName: `预约台账_${period}.xlsx`,
    fileType: 'xlsx',
    content,
    by: actor.staff?.id ?? '',
    rows: rows.length,
  })
  return ok(answer)
})
