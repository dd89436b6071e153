import { Checkbox, CheckboxGroup, Label, View } from '@tarojs/components'

export interface Choice {
  value: string
  label: string
}

/** Several options, any number ticked (multi-select). */
export function Choices({ options, selected, onChange }: { options: Choice[]; selected: readonly string[]; onChange: (values: string[]) => void }) {
  return (
    <CheckboxGroup onChange={(e) => onChange(e.detail.value)}>
      {options.map((o) => (
        <View className="admin-choice" key={o.value}>
          <Label className="tap-row">
            <Checkbox value={o.value} checked={selected.includes(o.value)}>
              {o.label}
            </Checkbox>
          </Label>
        </View>
      ))}
    </CheckboxGroup>
  )
}
