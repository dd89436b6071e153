import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 评价与回访: 群众评价、差评跟进与回访记录。 */
export default function ReviewsPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">评价与回访</Text>
        <Text className="line muted">群众评价、差评跟进与回访记录。</Text>
      </View>
    </Page>
  )
}
