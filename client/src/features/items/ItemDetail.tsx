import { Button, Text, View } from '@tarojs/components'
import type { Item } from '@shared/items'
import { ModeBadges } from '../../components/ModeBadges'
import { Notice } from '../../components/Notice'
import { AcceptanceConditions } from './AcceptanceConditions'
import { ItemFacts } from './ItemFacts'
import { MaterialChecklist } from './MaterialChecklist'
import type { ServiceWindowLine } from './serviceWindowsOf'
import { ServiceWindows } from './ServiceWindows'

interface Props {
  item: Item
  windows: readonly ServiceWindowLine[]
  bookable: boolean
  onCopy: () => void
  onBook: () => void
}

/**
 * One item as a citizen reads it before coming, in the order they ask (一次性告知,
 * R1, R11): may I apply, what to bring, what to mind, where to go, what it costs,
 * how long it takes and how the result comes back, whom to call.
 */
export function ItemDetail({ item, windows, bookable, onCopy, onBook }: Props) {
  return (
    <>
      <View className="card">
        <Text className="card__title">{item.name}</Text>
        <ModeBadges modes={item.modes} />
        {!item.active && <Notice tone="warn">该事项已停止办理</Notice>}
        {item.example && <Text className="line muted">（示例数据）</Text>}
        {/* R14: at most half a working day per appointment. */}
        <Text className="line">预计办理时长：约{item.estimatedMinutes}分钟</Text>
      </View>
      <AcceptanceConditions conditions={item.conditions} />
      <MaterialChecklist materials={item.materials} onCopy={onCopy} />
      {item.notes && (
        <View className="card">
          <Text className="card__title">注意事项</Text>
          <Text className="line">{item.notes}</Text>
        </View>
      )}
      <ServiceWindows lines={windows} location={item.location} />
      <ItemFacts item={item} />
      {process.env.TARO_ENV === 'weapp' && (
        <Button className="btn-secondary" openType="share">
          转发给家人朋友
        </Button>
      )}
      {bookable && (
        <Button className="btn-primary" onClick={onBook}>
          预约节假日办理
        </Button>
      )}
    </>
  )
}
