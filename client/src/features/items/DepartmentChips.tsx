import { ScrollView, Text, View } from '@tarojs/components'
import type { Department } from '@shared/org'

interface Props {
  departments: readonly Pick<Department, 'id' | 'name'>[]
  selected?: string
  onSelect: (departmentId: string | undefined) => void
}

/** The department filter: "全部" and one chip per department, scrolling sideways. */
export function DepartmentChips({ departments, selected, onSelect }: Props) {
  const chip = (id: string | undefined, name: string) => (
    <View key={id ?? 'all'} className={selected === id ? 'chip chip--on' : 'chip'} onClick={() => onSelect(id)}>
      <Text>{name}</Text>
    </View>
  )
  return (
    <ScrollView className="chips" scrollX>
      <View className="chips__row">
        {chip(undefined, '全部')}
        {departments.map((d) => chip(d.id, d.name))}
      </View>
    </ScrollView>
  )
}
