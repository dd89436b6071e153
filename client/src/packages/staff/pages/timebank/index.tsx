import { Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 时间银行: 值班与节假日服务积累的调休时长，以及调休申请。 */
export default function TimeBankPage() {
  const { largeText } = useLargeText()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">时间银行</Text>
        <Text className="line muted">值班与节假日服务积累的调休时长，以及调休申请。</Text>
      </View>
    </Page>
  )
}
