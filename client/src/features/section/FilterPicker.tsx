import { Picker, Text, View } from '@tarojs/components'
import type { FilterOption } from './sectionListFilters'

/** One filter of the section's list, chosen with the system picker (never typed); shows its label and the choice. */
export function FilterPicker({ label, options, value, onChange, disabled }: { label: string; options: FilterOption[]; value: string; onChange: (value: string) => void; disabled?: boolean }) {
  const index = Math.max(
    options.findIndex((o) => o.value === value),
    0,
  )
  return (
    <Picker
      mode="selector"
      disabled={disabled}
      range={options.map((o) => o.label)}
      value={index}
      onChange={(e) => {
        const chosen = options[Number(e.detail.value)]
        if (chosen) onChange(chosen.value)
      }}
    >
      <View className={disabled ? 'section-filter section-filter--off' : 'section-filter'}>
        <Text className="section-filter__label">{label}</Text>
        <Text className="section-filter__value">{options[index]?.label ?? ''}</Text>
      </View>
    </Picker>
  )
}
