import type { Calendar } from '@shared/calendar'
import type { Settings } from '@shared/settings'
import type { ActionContext } from './context'
import { calendarRepository } from './repositories/calendar'
import { settingsRepository } from './repositories/settings'

/** The calendar in force and the settings: what the rules of every domain read (appointments, duty, the time bank, supervision). */
export interface ReferenceData {
  calendar: Calendar
  settings: Settings
}

/**
 * How long a warm instance reuses them. They change a few times a year (an
 * admin enters a notice, edits a setting); reading both on every request
 * would cost 2 of the request path's 3 database requests. An admin's change
 * reaches every instance within this time. Measured on the function's clock
 * (the emulator's clock in tests), so advancing it also expires the copy.
 */
export const REFERENCE_TTL_MS = 30_000

let cached: { data: ReferenceData; loadedAt: number } | null = null

/** The calendar and settings, from this instance's copy when it is fresh (0 requests), else read (2). */
export async function referenceData(ctx: ActionContext): Promise<ReferenceData> {
  const now = ctx.now().getTime()
  if (cached && now >= cached.loadedAt && now - cached.loadedAt < REFERENCE_TTL_MS) return cached.data
  const [calendar, { settings }] = await Promise.all([calendarRepository(ctx.db).load(), settingsRepository(ctx.db).load()])
  cached = { data: { calendar, settings }, loadedAt: now }
  return cached.data
}
