import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 窗口督查: 各窗口预约服务与值班情况统计。 */
export default function SupervisionPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">窗口督查</Text>
        <Text className="line muted">各窗口预约服务与值班情况统计。</Text>
      </View>
    </Page>
  )
}
