import { Picker, Text, View } from '@tarojs/components'
import { readTime } from './confirmTime'

/** A clock time chosen with the system's time picker, never typed; `empty` says what a blank means. */
export function ClockPicker({ value, empty, onChange }: { value: string; empty: string; onChange: (time: string) => void }) {
  return (
    <Picker mode="time" value={value || '09:00'} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="admin-input counter-time">
        <Text className={value ? '' : 'muted'}>{value ? readTime(value) : empty}</Text>
        <Text className="counter-time__arrow">选择 ▾</Text>
      </View>
    </Picker>
  )
}

/** A date chosen with the system's date picker, read as 2026年10月3日; `empty` says what a blank means. */
export function DayPicker({ value, empty, start, onChange }: { value: string; empty: string; start?: string; onChange: (date: string) => void }) {
  const [y, m, d] = value.split('-').map(Number)
  return (
    <Picker mode="date" value={value || start || ''} start={start} onChange={(e) => onChange(String(e.detail.value))}>
      <View className="admin-input counter-time">
        <Text className={value ? '' : 'muted'}>{value ? `${y}年${m}月${d}日` : empty}</Text>
        <Text className="counter-time__arrow">选择 ▾</Text>
      </View>
    </Picker>
  )
}
