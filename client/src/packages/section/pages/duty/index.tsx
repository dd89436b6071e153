import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 周末排班: 为周末无休日安排窗口值班人员和带班负责人。 */
export default function DutySchedulePage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">周末排班</Text>
        <Text className="line muted">为周末无休日安排窗口值班人员和带班负责人。</Text>
      </View>
    </Page>
  )
}
