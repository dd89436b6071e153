import { Text, View } from '@tarojs/components'
import type { ItemToTell } from '@shared/appointments'
import { describeMaterial } from '../items/describeMaterial'

/**
 * R11 (一次性告知): every material of every item of the appointment, with
 * copies, original or copy and its note, and the item's notes, for the staff
 * to read out to the applicant once and in full.
 */
export function MaterialsToTell({ items }: { items: readonly ItemToTell[] }) {
  if (items.length === 0) return <Text className="line muted">正在加载事项材料…</Text>
  return (
    <View className="counter-tell">
      <Text className="line">请向申请人一次性告知以下材料：</Text>
      {items.map((item) => (
        <View key={item.id} className="counter-tell__item">
          <Text className="counter-tell__name">{item.name}</Text>
          {item.materials.map((m) => (
            <Text key={m.name} className="line">
              {`· ${m.name}（${describeMaterial(m)}）${m.note ? `：${m.note}` : ''}`}
            </Text>
          ))}
          {item.materials.length === 0 && <Text className="line muted">本事项无需提交材料</Text>}
          {item.notes && <Text className="line muted">{`须知：${item.notes}`}</Text>}
        </View>
      ))}
    </View>
  )
}
