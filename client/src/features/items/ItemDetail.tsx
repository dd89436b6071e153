import { Button, Text, View } from '@tarojs/components'
import type { Item } from '@shared/items'
import { ModeBadges } from '../../components/ModeBadges'
import { Notice } from '../../components/Notice'
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

/** One item as a citizen reads it before coming: how, where, how long, what to bring (一次性告知, R11). */
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
      <ServiceWindows lines={windows} />
      {item.notes && (
        <View className="card">
          <Text className="card__title">注意事项</Text>
          <Text className="line">{item.notes}</Text>
        </View>
      )}
      <MaterialChecklist materials={item.materials} onCopy={onCopy} />
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
