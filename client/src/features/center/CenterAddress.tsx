import { Text, View } from '@tarojs/components'
import type { CenterSettings } from '@shared/settings'
import { ActionButton } from '../../components/ActionButton'
import { openCenterMap } from './centerLinks'

/** Where the center is, with 导航 on the map (R25). */
export function CenterAddress({ center, title = '办理地点' }: { center: CenterSettings; title?: string }) {
  return (
    <View className="card">
      <Text className="card__title">{title}</Text>
      <Text className="line">{center.name}</Text>
      <Text className="line muted">{center.address}</Text>
      <ActionButton className="btn-secondary" onClick={() => void openCenterMap(center)}>
        导航到政务服务中心
      </ActionButton>
    </View>
  )
}
