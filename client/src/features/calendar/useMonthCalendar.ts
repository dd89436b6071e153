import type { DayInfo } from '@shared/calendar'
import type { CivilDate } from '@shared/time'
import { useMemo, useState } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { monthGrid, monthOf, shiftMonth } from './monthGrid'

/**
 * The month calendar's state: which month is shown (starting at `today`'s,
 * the server's date), its days from `calendar.range`, and the day tapped.
 */
export function useMonthCalendar(today: CivilDate) {
  const [month, setMonth] = useState(() => monthOf(today))
  const [selected, setSelected] = useState<CivilDate>()
  const grid = useMemo(() => monthGrid(month), [month])
  const range = useCloudQuery('catalog', 'calendar.range', { from: grid.from, to: grid.to })
  const days = useMemo(() => {
    const answered = range.data?.days ?? []
    // A late answer for another month never paints this one.
    return new Map<CivilDate, DayInfo>(answered.filter((d) => monthOf(d.date) === month).map((d) => [d.date, d]))
  }, [range.data, month])

  const go = (delta: number) => {
    setMonth((m) => shiftMonth(m, delta))
    setSelected(undefined)
  }
  return {
    grid,
    days,
    loading: range.loading,
    error: range.error,
    reload: range.reload,
    selected: selected ? days.get(selected) : undefined,
    select: setSelected,
    previous: () => go(-1),
    next: () => go(1),
  }
}
