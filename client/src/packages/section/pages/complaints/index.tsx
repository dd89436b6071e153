import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 投诉处理: 群众投诉及处理结果。 */
export default function ComplaintsPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">投诉处理</Text>
        <Text className="line muted">群众投诉及处理结果。</Text>
      </View>
    </Page>
  )
}
