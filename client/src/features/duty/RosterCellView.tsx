import { Text, View } from '@tarojs/components'
import type { RosterCell } from './rosterRows'

/** One window's half-day on the roster: who is on and who leads, the gap highlighted, and taps to add or remove (R2, R22). */
export function RosterCellView({
  cell,
  busy,
  onAdd,
  onRemove,
}: {
  cell: RosterCell
  busy: boolean
  onAdd: (staffId: string, leads: boolean) => void
  onRemove: (shiftId: string) => void
}) {
  const on = new Set(cell.shifts.map((s) => s.staffId))
  const free = cell.window.staff.filter((s) => !on.has(s.id))
  return (
    <View className={cell.gap ? 'counter-row notice notice--warn' : 'counter-row'}>
      <Text className="line">{`${cell.window.number}号窗口 ${cell.window.name}`}</Text>
      {cell.gap === 'nobody' && <Text className="line error-text">无人值班</Text>}
      {cell.gap === 'noLeader' && <Text className="line error-text">未安排带班负责人</Text>}
      {cell.shifts.map((s) => (
        <Text key={s.id} className="line">
          {s.staffName}
          {s.leads && <Text className="admin-tag admin-tag--ok">带班</Text>}
          {s.checkInAt === undefined && (
            <Text className="link" onClick={() => !busy && onRemove(s.id)}>
              {' 移除'}
            </Text>
          )}
        </Text>
      ))}
      {free.length > 0 && (
        <View className="chips__row">
          {free.map((s) => (
            <Text key={s.id} className="chip" onClick={() => !busy && onAdd(s.id, s.leader && !cell.leader)}>
              {`+ ${s.name}${s.leader && !cell.leader ? '（带班）' : ''}`}
            </Text>
          ))}
        </View>
      )}
    </View>
  )
}
