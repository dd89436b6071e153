import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../components/ErrorNotice'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { Page } from '../../components/Page'
import { HomeBookingEntry } from '../../features/booking/HomeBookingEntry'
import { HolidayList, TodayCard } from '../../features/calendar/HomeCalendarCards'
import { MonthCalendar } from '../../features/calendar/MonthCalendar'
import { useHomeCalendar } from '../../features/calendar/useHomeCalendar'
import { WeekendWalkInCard } from '../../features/duty/WeekendWalkInCard'
import { CenterPhoneButton } from '../../features/center/CenterPhoneButton'
import { useCenter } from '../../features/center/useCenter'
import { useLargeText } from '../../features/settings/useLargeText'
import { DEFAULT_CENTER } from '@shared/settings/center'

/** Home: what the center offers and the way into booking, what today is there, the coming holidays and the month's days. */
export default function HomePage() {
  const { largeText, toggleLargeText } = useLargeText()
  const calendar = useHomeCalendar()
  const { view } = calendar
  const phone = useCenter().data?.center.phone ?? DEFAULT_CENTER.phone
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">沂源县政务服务中心</Text>
        <Text className="line">“预约+无休”服务</Text>
        <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
        <HomeBookingEntry view={view} />
      </View>
      {calendar.error ? (
        <ErrorNotice error={calendar.error} onRetry={calendar.reload} />
      ) : view ? (
        <TodayCard view={view} />
      ) : (
        <Text className="line muted">正在查询今天的办理安排…</Text>
      )}
      <View className="card">
        <Text className="card__title">周末无休</Text>
        <Text className="line">非工作日的周六、周日窗口照常办理清单内事项，无需预约。</Text>
        {view && <Text className="line muted">{view.walkInHours}</Text>}
      </View>
      <View className="card">
        <Text className="card__title">节假日预约</Text>
        <Text className="line">法定节假日期间按预约办理，请在节假日前的工作日提出预约。</Text>
        <Text className="line muted">预约电话接听时间：工作日 8:30-12:00，13:30-17:00</Text>
        <CenterPhoneButton phone={phone} />
      </View>
      {view && <HolidayList view={view} />}
      <WeekendWalkInCard />
      {view && <MonthCalendar today={view.date} />}
    </Page>
  )
}
