import type { SupervisionReport } from './supervisionReport'

/** `section` `supervision.report` as data; `truncated` when a collection held more than the report reads (R23). */
export type SupervisionReportAnswer = SupervisionReport & { truncated: boolean }

/** `section` `supervision.report` with `format: 'csv'`: the file to save. */
export interface SupervisionCsvAnswer {
  csv: string
  filename: string
  truncated: boolean
}

/** `section` `supervision.report`: which of the two depends on the input's `format`. */
export type SupervisionAnswer = SupervisionReportAnswer | SupervisionCsvAnswer

/** Whether an answer is the CSV file, the app asking with `format: 'csv'`. */
export function isSupervisionCsv(answer: SupervisionAnswer): answer is SupervisionCsvAnswer {
  return 'csv' in answer
}
