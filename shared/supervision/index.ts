/**
 * The section's supervision of the windows (窗口督查, R23): per window and
 * period, how appointments were confirmed and served, weekend duty kept,
 * reviews received, and the points the findings cost under
 * `settings.supervisionPoints`; and the same as a CSV file for Excel.
 * Pure: "now" is always a parameter.
 */
export { confirmationDeadline } from './confirmationDeadline'
export { csvField } from './csvField'
export {
  EVIDENCE_MAX,
  FINDING_KIND_NAMES,
  FINDING_KINDS,
  FINDING_POINTS_KEY,
  findingRecordInputSchema,
  type FindingKind,
  type FindingLine,
  type SupervisionFinding,
} from './finding'
export { deductions, POINT_LABELS, type Deduction } from './deductions'
export type { SupervisedClosure, SupervisedReview, SupervisedShift, SupervisedWalkIn, SupervisedWindow } from './records'
export { COUNT_KEYS, COUNT_LABELS, emptyCounts, type SupervisionCounts } from './supervisionCounts'
export { supervisionCsv, supervisionCsvName, UTF8_BOM } from './supervisionCsv'
export { MAX_REPORT_DAYS, supervisionInputSchema, type SupervisionInputFields } from './supervisionInputSchema'
export { supervisionReport, type SupervisionInput, type SupervisionReport, type WindowSupervision } from './supervisionReport'
export { isSupervisionCsv, type SupervisionAnswer, type SupervisionCsvAnswer, type SupervisionReportAnswer } from './answers'
