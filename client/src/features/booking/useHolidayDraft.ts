import { useCallback, useEffect, useMemo, useState } from 'react'
import type { UpcomingHoliday } from '@shared/calendar'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { EMPTY_DRAFT, type BookingDraft } from './bookingForm'
import type { BookPreset } from './bookUrl'
import { holidayChoices } from './holidayChoices'

/** Refusals that mean the calendar on screen is stale: read it again (R6). */
export const CALENDAR_REFUSALS: ReadonlySet<string> = new Set(['BOOKING_CLOSED', 'NOT_A_HOLIDAY', 'CALENDAR_UNKNOWN'])

/**
 * The part every holiday request form shares (R6, R7, R8), the citizen's and the
 * desk's: the holidays open for booking, the one chosen, and the draft; a day
 * outside the chosen holiday is dropped. A preset (from home, or 重新预约)
 * chooses its holiday by name or by the day inside it, while it is open.
 */
export function useHolidayDraft(preset: Pick<BookPreset, 'holiday' | 'date'> = {}) {
  const calendar = useCloudQuery('catalog', 'calendar.upcoming', {})
  const choices = useMemo(() => (calendar.data ? holidayChoices(calendar.data) : undefined), [calendar.data])
  const [holidayName, setHolidayName] = useState(preset.holiday)
  const [draft, setDraft] = useState<BookingDraft>(() => ({ ...EMPTY_DRAFT, date: preset.date }))
  const holiday: UpcomingHoliday | undefined =
    choices?.open.find((h) => h.name === holidayName) ??
    (preset.date ? choices?.open.find((h) => preset.date! >= h.start && preset.date! <= h.end) : undefined) ??
    choices?.open[0]

  // A date outside the holiday now chosen (another holiday, or the calendar reloaded) is no choice.
  useEffect(() => {
    if (!choices) return // not read yet: a preset day waits for the calendar
    if (draft.date && (!holiday || draft.date < holiday.start || draft.date > holiday.end)) setDraft((d) => ({ ...d, date: undefined }))
  }, [choices, holiday, draft.date])

  const update = useCallback(<K extends keyof BookingDraft>(field: K, value: BookingDraft[K]) => {
    setDraft((d) => ({ ...d, [field]: value }))
  }, [])

  const chooseHoliday = useCallback((name: string) => {
    setHolidayName(name)
    setDraft((d) => ({ ...d, date: undefined }))
  }, [])

  return { calendar, choices, holiday, chooseHoliday, draft, setDraft, update }
}
