import { COUNT_LABELS, type SupervisionCounts } from '@shared/supervision'

/** A labelled figure of a window's table; `bad` marks a finding that costs points (R23). */
export interface Figure {
  key: keyof SupervisionCounts
  label: string
  value: number
  bad: boolean
}

/** The window's table in three groups, as the section reads it: appointments, weekend duty, reviews. */
const GROUPS: readonly { title: string; keys: readonly (keyof SupervisionCounts)[] }[] = [
  { title: '节假日预约', keys: ['dispatched', 'confirmedInTime', 'confirmedLate', 'unconfirmedOverdue', 'served', 'abandoned', 'changed', 'forceMajeure', 'materialsNotTold', 'unfiledOverdue'] },
  { title: '周末值班', keys: ['shiftsScheduled', 'shiftsCovered', 'shiftsAbsent', 'lateCheckIns', 'gapDays'] },
  { title: '评价', keys: ['reviews', 'badReviews', 'openBadReviews'] },
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
