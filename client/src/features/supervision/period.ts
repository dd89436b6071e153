/** Which period the page shows: this month, last month, or dates the user typed. */
export type PeriodKind = 'this-month' | 'last-month' | 'custom'

export interface Period {
  from: string
  to: string
}
