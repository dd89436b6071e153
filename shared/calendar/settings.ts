/** A span of wall-clock time in Beijing, `HH:mm`–`HH:mm`. */
export interface TimeSpan {
  start: string
  end: string
}

/** The calendar's admin settings, with the scheme's values as defaults. */
export interface CalendarSettings {
  /** R2: weekend walk-in (周末无休) hours. */
  walkInHours: readonly TimeSpan[]
  /** R6 Decision: self-service holiday requests close at this time of the last working day. */
  bookingCutoff: string
}

export const DEFAULT_CALENDAR_SETTINGS: CalendarSettings = {
  walkInHours: [
    { start: '08:30', end: '12:00' },
    { start: '13:30', end: '17:00' },
  ],
  bookingCutoff: '17:00',
}
