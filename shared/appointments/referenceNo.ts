import { toBeijing, type Instant } from '../time'

/**
 * The appointment's reference number (预约编号, R8): the Beijing year of the
 * request and its sequence in that year, six digits, e.g. `2026-000123`.
 * People read it on the success screen, in 我的预约, in messages and on the
 * printed registration form, whose serial number it is (R19's paper
 * signature quotes it back). Never reused: the sequence is taken atomically
 * on the server (`server/appointments/referenceNumbers.ts`).
 */
export function formatReferenceNo(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(6, '0')}`
}

/**
 * The filing number (归档号, R8, R19) of a record the section files: the Beijing
 * year of filing, `G` (归档) and a four-digit sequence, e.g. `2026-G-0001`,
 * distinct at a glance from the reference number `2026-000123`.
 */
export function formatArchiveNo(year: number, sequence: number): string {
  return `${year}-G-${String(sequence).padStart(4, '0')}`
}

/** The Beijing year an appointment requested at `at` is numbered in (a request at 23:30 UTC on 31 December is already next year's). */
export function referenceYearOf(at: Instant): number {
  return toBeijing(at).year()
}

/** A reference number as staff type it from a paper form: spaces dropped, full-width digits and dashes made plain. */
export function normalizeReferenceNo(typed: string): string {
  return typed
    .replace(/[\uFF10-\uFF19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–]/g, '-')
    .replace(/\s+/g, '')
}
