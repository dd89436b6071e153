import { DUTY_HALVES, type DutyGap, type DutyHalf, type DutyShift, type RosterAnswer, type RosterWindow } from '@shared/duty'

/** One window on one walk-in half-day: who is on, who leads, and whether it is a gap. */
export interface RosterCell {
  window: RosterWindow
  shifts: DutyShift[]
  leader?: DutyShift
  gap?: DutyGap['missing']
}

export interface RosterHalfDay {
  date: string
  half: DutyHalf
  cells: RosterCell[]
}

/**
 * The roster laid out for the page: each walk-in day's morning and
 * afternoon, and under each the windows that serve walk-in items (R2), or
 * already have someone on, with their shifts and gaps.
 */
export function rosterRows(roster: Pick<RosterAnswer, 'days' | 'windows' | 'shifts' | 'gaps'>): RosterHalfDay[] {
  const rows: RosterHalfDay[] = []
  for (const day of roster.days.filter((d) => d.service === 'walk-in')) {
    for (const half of DUTY_HALVES) {
      const here = roster.shifts.filter((s) => s.date === day.date && s.half === half)
      const cells = roster.windows
        .filter((w) => w.servesWalkIn || here.some((s) => s.windowId === w.id))
        .map((window): RosterCell => {
          const shifts = here.filter((s) => s.windowId === window.id)
          const gap = roster.gaps.find((g) => g.date === day.date && g.half === half && g.windowId === window.id)
          return { window, shifts, leader: shifts.find((s) => s.leads), gap: gap?.missing }
        })
      rows.push({ date: day.date, half, cells })
    }
  }
  return rows
}
