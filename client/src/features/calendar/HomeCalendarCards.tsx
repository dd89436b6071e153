import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../components/ActionButton'
import { bookUrl } from '../booking/bookUrl'
import type { HomeCalendarView } from './useHomeCalendar'

/** "今天": what today is at the center (R2, R3, R4, R5). */
export function TodayCard({ view }: { view: HomeCalendarView }) {
  return (
    <View className="card today-card">
      <Text className="card__title">今天 {view.dateLabel}</Text>
      <Text className="line today-card__sentence">{view.sentence}</Text>
    </View>
  )
}

/** The coming holidays with their booking deadlines (R6), each open one a way into its booking form, and the year not yet published. */
export function HolidayList({ view }: { view: HomeCalendarView }) {
  return (
    <View className="card">
      <Text className="card__title">近期节假日</Text>
      {view.holidays.map((h) => (
        <View className="holiday-row" key={`${h.name}-${h.dates}`}>
          <View className="holiday-row__head">
            <Text className="holiday-row__name">{h.name}</Text>
            <Text className={`holiday-badge holiday-badge--${h.badge.tone}`}>{h.badge.label}</Text>
          </View>
          <Text className="line">{h.dates}</Text>
          <Text className={h.deadline.startsWith('今天') ? 'line holiday-row__urgent' : 'line muted'}>{h.deadline}</Text>
          {h.open && (
            <ActionButton className="btn-primary holiday-row__book" onClick={() => void Taro.navigateTo({ url: bookUrl({ holiday: h.name }) })}>
              预约{h.name}办理
            </ActionButton>
          )}
        </View>
      ))}
      {view.holidays.length === 0 && !view.unknownNotice && <Text className="line muted">近期没有法定节假日</Text>}
      {view.unknownNotice && <Text className="line holiday-unknown">{view.unknownNotice}</Text>}
    </View>
  )
}
