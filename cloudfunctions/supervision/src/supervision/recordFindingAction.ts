import { fail, ok } from '@shared/api'
import { findingRecordInputSchema, type SupervisionFinding } from '@shared/supervision'
import { civilDateOf } from '@shared/time'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { windowRepository } from '@server/repositories/org'
import { findingIdFor, findingRepository } from '@server/supervision/findingRepository'

const invalid = (field: string, message: string) => fail('INVALID_INPUT', message, { [field]: message })

/**
 * `supervision.recordFinding` (R23): the section records what the system
 * cannot see — buck-passing (推诿扯皮), a problem found on an inspection,
 * an upheld complaint from 12345 or by phone — with the window, the day (not
 * after today, Beijing time) and the evidence. It counts in the report of
 * its period under `settings.supervisionPoints`. Once per recorder and
 * `requestId`. Requests: staff record, window, insert.
 */
export const recordFindingAction = guarded(['section'], findingRecordInputSchema, async (input, ctx: ActionContext, actor) => {
  const now = ctx.now().getTime()
  if (input.date > civilDateOf(now)) return invalid('date', '不能记录今天以后的日期')
  const window = await windowRepository(ctx.db).get(input.windowId)
  if (!window) return invalid('windowId', '请选择窗口')
  const recordedBy = actor.staff?.id ?? actor.openid
  const finding: SupervisionFinding = {
    id: findingIdFor(recordedBy, input.requestId),
    kind: input.kind,
    ...(input.kind === 'complaint' && input.channel ? { channel: input.channel } : {}),
    windowId: input.windowId,
    date: input.date,
    evidence: input.evidence,
    recordedBy,
    recordedAt: now,
  }
  const { stored, created } = await findingRepository(ctx.db).insertOnce(finding)
  return ok({ finding: stored, created })
})
