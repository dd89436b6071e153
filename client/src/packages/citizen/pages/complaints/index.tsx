import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 我的投诉: 提交投诉并查看处理结果。 */
export default function MyComplaintsPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的投诉</Text>
        <Text className="line muted">提交投诉并查看处理结果。</Text>
      </View>
    </Page>
  )
}
