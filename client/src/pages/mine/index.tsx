import { Text, View } from '@tarojs/components'
import { Page } from '../../components/Page'
import { useLargeText } from '../../features/settings/useLargeText'

/** The citizen's own appointments. */
export default function MinePage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的预约</Text>
        <Text className="line">节假日预约需在节假日前的工作日提出。</Text>
        <Text className="line muted">也可拨打 0533-3618118 电话预约。</Text>
      </View>
    </Page>
  )
}
