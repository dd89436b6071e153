import { Text, View } from '@tarojs/components'
import { Page } from '../../components/Page'
import { useLargeText } from '../../features/settings/useLargeText'

export default function ItemPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">事项详情</Text>
      </View>
    </Page>
  )
}
