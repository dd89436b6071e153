/** Where a time-bank entry comes from: each entry traces to exactly one source (R24). */
export type TimeBankSourceType = 'duty' | 'appointment' | 'assist' | 'leave' | 'correction'

export interface TimeBankSource {
  type: TimeBankSourceType
  id: string
}

/**
 * One line of a staff member's time bank (时间银行, R24): minutes earned
 * (+) on weekend duty or a holiday appointment, or taken (−) as approved
 * compensatory leave (调休). Entries are never edited: a correction is a new
 * entry. The field names are a contract: supervision reads them.
 */
export interface TimeBankEntry {
  id: string
  staffId: string
  windowId: string
  minutes: number
  source: TimeBankSource
  at: number
  by: string
  note?: string
}

/**
 * The one id an entry from a source can have, so that the same source never
 * credits twice, however often the step is retried.
 * @example timeBankEntryId({ type: 'duty', id: 'duty-2026-10-17-am-staff-rs-1' }) // 'tb-duty-duty-2026-10-17-am-staff-rs-1'
 */
export function timeBankEntryId(source: TimeBankSource): string {
  return `tb-${source.type}-${source.id}`
}
