import { COUNT_LABELS, type SupervisionCounts } from '@shared/supervision'

/** A labelled figure of a window's table; `bad` marks a finding that costs points (R23). */
export interface Figure {
  key: keyof SupervisionCounts
  label: string
  value: number
  bad: boolean
}

/** The window's table in four groups, as the section reads it: appointments, weekend duty, reviews, the section's findings (R23). */
const GROUPS: readonly { title: string; keys: readonly (keyof SupervisionCounts)[] }[] = [
  {
    title: '节假日预约',
    keys: ['dispatched', 'confirmedInTime', 'confirmedLate', 'unconfirmedOverdue', 'served', 'abandoned', 'noShow', 'changed', 'forceMajeure', 'materialsNotTold', 'overHalfDay', 'outsideHours', 'unfiledOverdue'],
  },
  { title: '周末值班', keys: ['shiftsScheduled', 'shiftsCovered', 'shiftsAbsent', 'lateCheckIns', 'gapDays', 'closedDays', 'walkInServed', 'walkInAssisted'] },
  { title: '评价', keys: ['reviews', 'badReviews', 'openBadReviews'] },
  { title: '督查记录', keys: ['buckPassing', 'inspectionFindings', 'upheldComplaints'] },
]

const FINDINGS: ReadonlySet<keyof SupervisionCounts> = new Set([
  'confirmedLate',
  'unconfirmedOverdue',
  'changed',
  'forceMajeure',
  'materialsNotTold',
  'shiftsAbsent',
  'lateCheckIns',
  'gapDays',
  'badReviews',
  'openBadReviews',
  'buckPassing',
  'inspectionFindings',
  'upheldComplaints',
  // R19: the section's own backlog, shown but not a deduction of the window (no points in `supervisionPoints`).
  'unfiledOverdue',
])

/** The counts of one window grouped and labelled in Chinese for its table. */
export function windowFigures(counts: SupervisionCounts): { title: string; figures: Figure[] }[] {
  return GROUPS.map(({ title, keys }) => ({
    title,
    figures: keys.map((key) => ({ key, label: COUNT_LABELS[key], value: counts[key], bad: FINDINGS.has(key) && counts[key] > 0 })),
  }))
}
