import { DUTY_HALVES, type DutyClosure, type DutyGap, type DutyHalf, type DutyShift, type RosterAnswer, type RosterWindow } from '@shared/duty'

/** One window on one walk-in half-day: who is on, who leads, and whether it is a gap. */
export interface RosterCell {
  half: DutyHalf
  shifts: DutyShift[]
  leader?: DutyShift
  gap?: DutyGap['missing']
}

/** One window's line of a walk-in day: its morning and afternoon, or the section's closure of the day. */
export interface RosterLine {
  window: RosterWindow
  cells: RosterCell[]
  closure?: DutyClosure
  /** Colleagues of the same department at other windows, who may cover this one (顶岗, R21). */
  cover: (RosterWindow['staff'][number] & { windowNumber: string })[]
}

/** One walk-in day of the roster, with its lines and how many half-days still need someone. */
export interface RosterDay {
  date: string
  lines: RosterLine[]
  gaps: number
}

/**
 * The roster laid out for the section's page (R2, R21, R22): each walk-in day
 * once, under it one compact line per window that serves walk-in items (or
 * already has someone on), with its two half-days side by side, the gaps
 * marked, a day the section closed shown with its reason, and the colleagues
 * of the department who may cover a window with nobody of its own.
 */
export function rosterDays(roster: Pick<RosterAnswer, 'days' | 'windows' | 'shifts' | 'gaps' | 'closures'>): RosterDay[] {
  return roster.days
    .filter((d) => d.service === 'walk-in')
    .map((day) => {
      const ofDay = roster.shifts.filter((s) => s.date === day.date)
      const lines = roster.windows
        .filter((w) => w.servesWalkIn || ofDay.some((s) => s.windowId === w.id))
        .map((window): RosterLine => {
          const cells = DUTY_HALVES.map((half): RosterCell => {
            const shifts = ofDay.filter((s) => s.half === half && s.windowId === window.id)
            const gap = roster.gaps.find((g) => g.date === day.date && g.half === half && g.windowId === window.id)
            return { half, shifts, leader: shifts.find((s) => s.leads), gap: gap?.missing }
          })
          const cover = roster.windows
            .filter((w) => w.id !== window.id && w.departmentId === window.departmentId)
            .flatMap((w) => w.staff.map((s) => ({ ...s, windowNumber: w.number })))
          const closure = roster.closures.find((c) => c.date === day.date && c.windowId === window.id)
          return { window, cells, cover, ...(closure ? { closure } : {}) }
        })
      const gaps = lines.reduce((n, line) => n + line.cells.filter((c) => c.gap === 'nobody').length, 0)
      return { date: day.date, lines, gaps }
    })
}
