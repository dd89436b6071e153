import { Text, View } from '@tarojs/components'
import { ModeBadges } from '../../components/ModeBadges'
import type { ItemSummary } from '@shared/items'

/** One item of the list: its name, how it is served, the lead department, time and materials. */
export function ItemRow({ item, departmentName, onOpen }: { item: ItemSummary; departmentName?: string; onOpen: (id: string) => void }) {
  return (
    <View className="card item-row" onClick={() => onOpen(item.id)}>
      <Text className="card__title">{item.name}</Text>
      <ModeBadges modes={item.modes} />
      {departmentName && <Text className="line muted">{departmentName}</Text>}
      <Text className="line muted">
        预计约{item.estimatedMinutes}分钟 · 需准备材料{item.materialCount}项
      </Text>
    </View>
  )
}
