import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** The window's appointments, dispatched by the section (R9, R10). */
export default function QueuePage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">窗口工单</Text>
        <Text className="line muted">管理科派送到本窗口的预约将列在这里。</Text>
      </View>
    </Page>
  )
}
