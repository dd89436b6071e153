import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 我的值班: 周末值班的班次、签到与签退。 */
export default function StaffDutyPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的值班</Text>
        <Text className="line muted">周末值班的班次、签到与签退。</Text>
      </View>
    </Page>
  )
}
