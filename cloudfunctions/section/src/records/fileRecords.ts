import { ok } from '@shared/api'
import { FILEABLE_STATUSES, fileRecordsInputSchema, referenceYearOf, type FileRecordsAnswer } from '@shared/appointments'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { referenceNumbers } from '@server/appointments/referenceNumbers'
import { runEvent } from '@server/appointments/runEvent'

/**
 * `records.file` (归档, R8, R19): the section files the chosen served records
 * at once, into the box or volume it names. Each record gets the archive's
 * own filing number (归档号 `2026-G-0001`, `referenceNumbers.takeArchiveNo`),
 * distinct from its reference number, taken only once the record is found
 * fileable (served, not yet filed), and the same again for the same record
 * on a retry. Each record is its own step (`runEvent`: saved over the version
 * the section saw): one refused (already filed, changed meanwhile) is
 * answered with its reason and the rest are filed.
 */
export const fileRecordsAction = guarded(['section'], fileRecordsInputSchema, async (input, ctx: ActionContext, actor) => {
  const answer: FileRecordsAnswer = { filed: [], refused: [] }
  const numbers = referenceNumbers(ctx.db)
  const year = referenceYearOf(ctx.now())
  // One after another: the archive numbers follow the order the section chose.
  for (const [index, record] of input.records.entries()) {
    const result = await runEvent(
      ctx,
      { appointmentId: record.appointmentId, version: record.version, requestId: `${input.requestId}-${index}` },
      { type: 'file', ...(input.box ? { box: input.box } : {}) },
      async (stored) => {
        const fileable = FILEABLE_STATUSES.includes(stored.status) && !stored.filing && stored.version === record.version
        return { archiveNo: fileable ? await numbers.takeArchiveNo(year, stored.id) : '' }
      },
      actor,
    )
    if (result.ok) answer.filed.push(result.data.appointment)
    else answer.refused.push({ appointmentId: record.appointmentId, code: result.error.code, message: result.error.message })
  }
  return ok(answer)
})
