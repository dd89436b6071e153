import type { SupervisionPoints } from '../settings'
import type { SupervisionCounts } from './supervisionCounts'

/** One line of the points table applied to a window: the finding, how often, points each and in all (R23). */
export interface Deduction {
  key: keyof SupervisionPoints
  label: string
  count: number
  pointsEach: number
  points: number
}

/** The findings behind each line of `settings.supervisionPoints`, in the order the table is shown. */
const FINDINGS: readonly { key: keyof SupervisionPoints; label: string; count: (c: SupervisionCounts) => number }[] = [
  { key: 'absentFromDuty', label: '值班脱岗', count: (c) => c.shiftsAbsent },
  { key: 'lateCheckIn', label: '值班迟到', count: (c) => c.lateCheckIns },
  { key: 'dutyGap', label: '周末无人值班', count: (c) => c.gapDays },
  { key: 'confirmedLate', label: '拖延确认', count: (c) => c.confirmedLate + c.unconfirmedOverdue },
  { key: 'materialsNotTold', label: '未一次性告知', count: (c) => c.materialsNotTold },
  { key: 'changedByWindow', label: '窗口变更或不可抗力', count: (c) => c.changed + c.forceMajeure },
  { key: 'badReview', label: '差评', count: (c) => c.badReviews },
  { key: 'buckPassing', label: '推诿扯皮', count: (c) => c.buckPassing },
  { key: 'inspection', label: '检查发现问题', count: (c) => c.inspectionFindings },
  { key: 'upheldComplaint', label: '投诉属实', count: (c) => c.upheldComplaints },
]

/** The Chinese name of each line of the points table, for the page and the CSV. */
export const POINT_LABELS = Object.fromEntries(FINDINGS.map((f) => [f.key, f.label])) as Record<keyof SupervisionPoints, string>

/**
 * The points a window loses for its counts under the points table (R23):
 * one line per finding, in the table's order, zero lines included so that
 * the table is always shown whole.
 *
 * @example deductions({ ...emptyCounts(), shiftsAbsent: 2 }, DEFAULT_SUPERVISION_POINTS)[0] // { key: 'absentFromDuty', count: 2, pointsEach: 5, points: 10, … }
 */
export function deductions(counts: SupervisionCounts, points: SupervisionPoints): Deduction[] {
  return FINDINGS.map(({ key, label, count }) => {
    const n = count(counts)
    return { key, label, count: n, pointsEach: points[key], points: n * points[key] }
  })
}

/** The points of several lines added up, rounded to one decimal (a table may use 0.5). */
export function totalPoints(lines: readonly Deduction[]): number {
  return Math.round(lines.reduce((sum, line) => sum + line.points, 0) * 10) / 10
}
