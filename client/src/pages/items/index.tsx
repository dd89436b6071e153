import { Text, View } from '@tarojs/components'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { Page } from '../../components/Page'
import { useLargeText } from '../../features/settings/useLargeText'

/** The item list (清单, R1). Search and the item pages arrive with the catalog. */
export default function ItemsPage() {
  const { largeText, toggleLargeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">“预约+无休”事项清单</Text>
        <Text className="line">清单内的事项可在周末到窗口直接办理，法定节假日可预约办理。</Text>
        <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
      </View>
    </Page>
  )
}
