import { Text, View } from '@tarojs/components'
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

/** The coming holidays with their booking deadlines (R6), and the year not yet published. */
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
          <Text className="line muted">{h.deadline}</Text>
        </View>
      ))}
      {view.holidays.length === 0 && !view.unknownNotice && <Text className="line muted">近期没有法定节假日</Text>}
      {view.unknownNotice && <Text className="line holiday-unknown">{view.unknownNotice}</Text>}
    </View>
  )
}
