import { Picker, View } from '@tarojs/components'

/** One option out of a list, with the system picker; shows `placeholder` until one is chosen. */
export function SelectField({
  options,
  value,
  placeholder,
  onChange,
}: {
  options: { value: string; label: string }[]
  value: string
  placeholder: string
  onChange: (value: string) => void
}) {
  const index = options.findIndex((o) => o.value === value)
  return (
    <Picker
      mode="selector"
      range={options.map((o) => o.label)}
      value={Math.max(index, 0)}
      onChange={(e) => {
        const chosen = options[Number(e.detail.value)]
        if (chosen) onChange(chosen.value)
      }}
    >
      <View className={index >= 0 ? 'admin-input' : 'admin-input muted'}>{index >= 0 ? options[index].label : placeholder}</View>
    </Picker>
  )
}
