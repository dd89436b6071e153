import { Picker, Text, View } from '@tarojs/components'
import { readTime } from './confirmTime'

/**
 * A time chosen, never typed (issue 16): the suggested times as chips to tap
 * (R12), and every slot of the service hours in the system picker (R4).
 * Times read as people read them (9:00, 14:30).
 */
export function TimeChoice({
  value,
  suggestions,
  slots,
  onChange,
}: {
  value: string
  suggestions: readonly string[]
  slots: readonly string[]
  onChange: (time: string) => void
}) {
  const index = slots.indexOf(value)
  return (
    <View>
      {suggestions.length > 0 && (
        <View className="chips__row counter-choices">
          {suggestions.map((time) => (
            <Text key={time} className={time === value ? 'chip chip--on counter-chip' : 'chip counter-chip'} onClick={() => onChange(time)}>
              {readTime(time)}
            </Text>
          ))}
        </View>
      )}
      <Picker
        mode="selector"
        range={slots.map(readTime)}
        value={Math.max(index, 0)}
        onChange={(e) => {
          const chosen = slots[Number(e.detail.value)]
          if (chosen) onChange(chosen)
        }}
      >
        <View className="admin-input counter-time">
          <Text className={value ? '' : 'muted'}>{value ? readTime(value) : '点此选择时间'}</Text>
          <Text className="counter-time__arrow">{suggestions.length > 0 ? '其他时间 ▾' : '选择 ▾'}</Text>
        </View>
      </Picker>
    </View>
  )
}
