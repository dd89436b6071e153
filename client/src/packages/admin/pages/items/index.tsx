import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** The admin's item list (清单, R1): create, edit, archive. */
export default function AdminItemsPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">事项管理</Text>
        <Text className="line muted">维护“预约+无休”事项清单。</Text>
      </View>
    </Page>
  )
}
