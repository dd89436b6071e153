import type { SupervisionReport } from '@shared/supervision'

/** `section` `supervision.report` as data (R23). */
export type SupervisionAnswer = SupervisionReport & { truncated: boolean }

/** `section` `supervision.report` with `format: 'csv'`. */
export interface SupervisionCsvAnswer {
  csv: string
  filename: string
  truncated: boolean
}

/** Which period the page shows: this month, last month, or dates the user typed. */
export type PeriodKind = 'this-month' | 'last-month' | 'custom'

export interface Period {
  from: string
  to: string
}
