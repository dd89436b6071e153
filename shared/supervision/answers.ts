import type { SupervisionReport } from './supervisionReport'

/** `section` `supervision.report` with `format: 'csv'`: the file to save. */
export interface SupervisionCsv {
  csv: string
  filename: string
}

/** `section` `supervision.report`: the report as data, or as a CSV file; `truncated` when a collection held more than the report reads (R23). */
export type SupervisionAnswer = (SupervisionReport | SupervisionCsv) & { truncated: boolean }
