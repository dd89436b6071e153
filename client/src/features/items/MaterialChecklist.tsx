import { Button, Checkbox, Text, View } from '@tarojs/components'
import type { Material } from '@shared/items'
import { describeMaterial } from './describeMaterial'
import { useMaterialChecklist } from './useMaterialChecklist'

/**
 * The materials to bring (一次性告知, R11) as a list the citizen ticks off
 * while getting ready, with a button that copies them as plain text.
 */
export function MaterialChecklist({ materials, onCopy }: { materials: readonly Material[]; onCopy: () => void }) {
  const checklist = useMaterialChecklist(materials.length)
  return (
    <View className="card">
      <Text className="card__title">所需材料</Text>
      {materials.length === 0 ? (
        <Text className="line">无需携带材料</Text>
      ) : (
        <Text className="line muted">
          已准备 {checklist.done}/{checklist.total} 项，点按勾选
        </Text>
      )}
      {materials.map((m, i) => (
        // The row takes the tap so a large finger need not hit the box itself.
        <View key={i} className={checklist.isTicked(i) ? 'material material--done tap-row' : 'material tap-row'} onClick={() => checklist.toggle(i)}>
          <Checkbox className="material__box" value={String(i)} checked={checklist.isTicked(i)} />
          <View className="material__text">
            <Text className="material__name">{m.name}</Text>
            <Text className="line muted">{describeMaterial(m)}</Text>
            {m.note && <Text className="line muted">{m.note}</Text>}
          </View>
        </View>
      ))}
      <Button className="btn-secondary" onClick={onCopy}>
        复制材料清单
      </Button>
    </View>
  )
}
