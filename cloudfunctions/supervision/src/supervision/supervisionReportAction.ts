import { ok, type ApiResult } from '@shared/api'
import { supervisionCsv, supervisionCsvName, supervisionInputSchema, supervisionReport, type SupervisionAnswer } from '@shared/supervision'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceData } from '@server/referenceData'
import { supervisionRecords } from '@server/supervision/supervisionRecords'

/**
 * `supervision.report` (R23): the section's check of the windows over a
 * period of Beijing civil dates — per window, appointments dispatched,
 * confirmed in time or late, served, changed, force majeure, confirmations
 * without the one-time notification; weekend duty kept, missed, late or
 * left unstaffed; reviews and open bad ones — and the points each finding
 * costs under `settings.supervisionPoints`. `format: 'csv'` answers the
 * same as a file for Excel (`{ csv, filename }`, UTF-8 with BOM).
 * Section only. Requests: 2 on a warm instance (issue 8's read budget):
 * 1 (staff record), then 1 aggregation for windows, items, appointments,
 * duty shifts and reviews (`supervisionRecords`: +1 per further 1000
 * documents of one of the last three, `truncated` past 20 000), side by side
 * with 0–2 (calendar and settings, cached 30 s: 2 on a cold instance).
 */
export const supervisionReportAction = guarded(['section'], supervisionInputSchema, async (input, ctx: ActionContext): Promise<ApiResult<SupervisionAnswer>> => {
  const [records, { calendar, settings }] = await Promise.all([supervisionRecords(ctx.db, input), referenceData(ctx)])
  const report = supervisionReport({ ...input, ...records, calendar, settings, now: ctx.now().getTime() })
  if (input.format === 'csv') return ok({ csv: supervisionCsv(report), filename: supervisionCsvName(report), truncated: records.truncated })
  return ok({ ...report, truncated: records.truncated })
})
