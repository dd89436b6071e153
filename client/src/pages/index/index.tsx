import { Text, View } from '@tarojs/components'
import { civilDateOf, weekdayOf } from '@shared/time'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { Page } from '../../components/Page'
import { useLargeText } from '../../features/settings/useLargeText'

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** Home: what the center offers and how to reach it. */
export default function HomePage() {
  const { largeText, toggleLargeText } = useLargeText()
  const today = civilDateOf(Date.now())
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">沂源县政务服务中心</Text>
        <Text className="line">“预约+无休”服务</Text>
        <Text className="line muted">
          今天是 {today}（星期{WEEKDAYS[weekdayOf(today)]}）
        </Text>
        <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
      </View>
      <View className="card">
        <Text className="card__title">周末无休</Text>
        <Text className="line">非工作日的周六、周日窗口照常办理清单内事项，无需预约。</Text>
        <Text className="line muted">上午 8:30-12:00，下午 13:30-17:00</Text>
      </View>
      <View className="card">
        <Text className="card__title">节假日预约</Text>
        <Text className="line">法定节假日期间按预约办理，请在节假日前的工作日提出预约。</Text>
        <Text className="line muted">预约电话 0533-3618118（工作日 8:30-12:00，13:30-17:00）</Text>
      </View>
    </Page>
  )
}
