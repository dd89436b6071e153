import { Text, View } from '@tarojs/components'
import { Fragment, type ReactNode } from 'react'
import { formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import type { RosterCell, RosterDay, RosterLine } from './rosterDays'
import type { RosterSelection } from './useDutyRoster'

/** What a half-day says on the compact roster: the names on duty, or that someone is needed. */
function CellText({ cell }: { cell: RosterCell }) {
  if (cell.shifts.length === 0)
    return (
      <View>
        <Text className="duty-cell__gap">缺人</Text>
        <Text className="duty-cell__hint">点此安排</Text>
      </View>
    )
  return (
    <View>
      {cell.shifts.map((s) => (
        <Text key={s.id} className="duty-cell__name">
          {s.staffName}
          {s.leads ? '（带班）' : ''}
          {s.coversFromWindowId ? '（顶岗）' : ''}
        </Text>
      ))}
      {cell.gap === 'noLeader' && <Text className="duty-cell__warn">缺带班</Text>}
    </View>
  )
}

/**
 * One walk-in day of the roster (R2, R21, R22), compact enough for many
 * windows: a line per window with its morning and afternoon side by side.
 * Tapping a half-day opens `panel` under that line, where the gap is filled.
 */
export function RosterDayCard({
  day,
  selected,
  onSelect,
  panel,
}: {
  day: RosterDay
  selected: RosterSelection | null
  onSelect: (selection: RosterSelection) => void
  panel: (line: RosterLine) => ReactNode
}) {
  const open = (line: RosterLine) => selected?.date === day.date && selected.windowId === line.window.id
  return (
    <View className="card duty-day">
      <View className="duty-day__head">
        <Text className="card__title">{`${formatMonthDay(day.date)} ${formatWeekday(day.date)}`}</Text>
        <Text className={day.gaps ? 'error-text' : 'muted'}>{day.gaps ? `缺人 ${day.gaps} 个时段` : '已排满'}</Text>
      </View>
      <View className="duty-grid__row duty-grid__row--head">
        <Text className="duty-grid__window muted">窗口</Text>
        <Text className="duty-grid__half muted">上午</Text>
        <Text className="duty-grid__half muted">下午</Text>
      </View>
      {day.lines.map((line) => (
        <Fragment key={line.window.id}>
          <View className={open(line) ? 'duty-grid__row duty-grid__row--open' : 'duty-grid__row'}>
            <Text className="duty-grid__window">{`${line.window.number}号 ${line.window.name}`}</Text>
            {line.closure ? (
              <View className="duty-grid__closed duty-cell" onClick={() => onSelect({ date: day.date, windowId: line.window.id, half: 'am' })}>
                <Text className="duty-cell__name">当天不开放</Text>
                <Text className="duty-cell__reason">{line.closure.reason}</Text>
              </View>
            ) : (
              line.cells.map((cell) => (
                <View
                  key={cell.half}
                  className={`duty-grid__half duty-cell duty-cell--${cell.gap ?? 'ok'}${open(line) && selected?.half === cell.half ? ' duty-cell--selected' : ''}`}
                  onClick={() => onSelect({ date: day.date, windowId: line.window.id, half: cell.half })}
                >
                  <CellText cell={cell} />
                </View>
              ))
            )}
          </View>
          {open(line) && panel(line)}
        </Fragment>
      ))}
    </View>
  )
}
