import { Picker, Text, View } from '@tarojs/components'
import type { CivilDate } from '@shared/time'
import { formatFullDate } from '../features/calendar/formatCivilDate'

/**
 * A time of day chosen with the phone's own picker, never typed as digits and
 * a colon (issue 16: no `HH:mm` for people). Shows `placeholder` until one is
 * chosen; `onClear` offers to take a chosen time back when it is optional.
 */
export function TimeField({
  value,
  placeholder,
  start,
  end,
  className = 'field',
  onChange,
  onClear,
}: {
  value: string
  placeholder: string
  /** `08:30`: the earliest and latest the picker offers, e.g. the service hours */
  start?: string
  end?: string
  className?: string
  onChange: (time: string) => void
  onClear?: () => void
}) {
  return (
    <View className="picker-field">
      <Picker mode="time" value={value || start || '09:00'} start={start} end={end} onChange={(e) => onChange(String(e.detail.value))}>
        <View className={value ? `${className} picker-field__value` : `${className} picker-field__value muted`}>{value || placeholder}</View>
      </Picker>
      {value && onClear && (
        <Text className="picker-field__clear" onClick={onClear}>
          清除
        </Text>
      )}
    </View>
  )
}

/** A date chosen with the phone's own picker, shown as 2026年10月5日 (never 2026-10-05). */
export function DateField({
  value,
  placeholder,
  start,
  end,
  className = 'field',
  onChange,
}: {
  value: CivilDate
  placeholder: string
  start?: CivilDate
  end?: CivilDate
  className?: string
  onChange: (date: CivilDate) => void
}) {
  return (
    <View className="picker-field">
      <Picker mode="date" value={value || start || ''} start={start} end={end} onChange={(e) => onChange(String(e.detail.value) as CivilDate)}>
        <View className={value ? `${className} picker-field__value` : `${className} picker-field__value muted`}>{value ? formatFullDate(value) : placeholder}</View>
      </Picker>
    </View>
  )
}
