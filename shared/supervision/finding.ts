import * as v from 'valibot'
import { fieldsObject, requestIdSchema } from '../api'
import type { ComplaintChannel } from '../feedback'
import { idSchema } from '../ids'
import type { SupervisionPoints } from '../settings'
import { requiredText } from '../text'
import { isCivilDate, supportedDate, type CivilDate } from '../time'

/**
 * What the section records that the system cannot see (R23): buck-passing
 * (推诿扯皮), a problem found on an inspection (检查), and an upheld
 * complaint (投诉属实) — from 12345, by phone, or one filed in the
 * mini-program that the section found upheld (R20).
 */
export const FINDING_KINDS = ['buckPassing', 'inspection', 'complaint'] as const
export type FindingKind = (typeof FINDING_KINDS)[number]

export const FINDING_KIND_NAMES: Record<FindingKind, string> = { buckPassing: '推诿扯皮', inspection: '检查发现问题', complaint: '投诉属实' }

/** The line of `settings.supervisionPoints` each kind of finding costs. */
export const FINDING_POINTS_KEY: Record<FindingKind, keyof SupervisionPoints> = { buckPassing: 'buckPassing', inspection: 'inspection', complaint: 'upheldComplaint' }

/** One finding in `supervisionFindings` (R23). */
export interface SupervisionFinding {
  id: string
  kind: FindingKind
  /** For a complaint: where it came from. */
  channel?: ComplaintChannel
  windowId: string
  date: CivilDate
  /** What was seen or said, as the section wrote it down. */
  evidence: string
  /** The complaint it comes from, when an upheld complaint of the system (R20) became a finding. */
  complaintId?: string
  recordedBy: string
  recordedAt: number
}

/** A finding as the report lists it: with its window's name and the points it cost under the table in force. */
export interface FindingLine extends SupervisionFinding {
  windowName: string
  points: number
}

export const EVIDENCE_MAX = 300

/**
 * `section` `supervision.recordFinding` (R23): a kind, the window, the day,
 * the evidence; a complaint names its channel (12345 or phone: one from the
 * mini-program becomes a finding when resolved as upheld).
 */
export const findingRecordInputSchema = v.pipe(
  fieldsObject({
    requestId: requestIdSchema,
    kind: v.picklist(FINDING_KINDS, '请选择督查事项类别'),
    channel: v.optional(v.picklist(['12345', 'phone'], '请选择投诉来源')),
    windowId: idSchema('窗口'),
    date: v.pipe(v.string('请选择日期'), v.check(isCivilDate, '日期不是有效的日期'), supportedDate('日期')),
    evidence: requiredText('事实与依据', EVIDENCE_MAX),
  }),
  v.forward(
    v.partialCheck([['kind'], ['channel']], (f) => f.kind !== 'complaint' || f.channel !== undefined, '请选择投诉来源'),
    ['channel'],
  ),
)
