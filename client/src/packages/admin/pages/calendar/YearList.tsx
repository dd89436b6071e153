import { Text, View } from '@tarojs/components'
import type { YearEntry } from '@shared/calendar'

/** The years the calendar knows, newest first: shipped with the app or saved by an admin, and from which notice. */
export function YearList({ years, shownYear, onShow }: { years: YearEntry[]; shownYear?: number; onShow: (year: number) => void }) {
  return (
    <View className="card">
      <Text className="card__title">已有年份</Text>
      {years.map(({ calendar, saved, version }) => (
        <View className={calendar.year === shownYear ? 'calendar-year calendar-year--on' : 'calendar-year'} key={calendar.year} onClick={() => onShow(calendar.year)}>
          <Text className="calendar-year__name">{calendar.year}年</Text>
          <Text className={saved ? 'admin-tag admin-tag--ok' : 'admin-tag'}>{saved ? `已保存 · 第${version}版` : '随程序发布'}</Text>
          <Text className="line muted">
            {calendar.source.title}
            {calendar.source.docNumber ? ` ${calendar.source.docNumber}` : ''}
          </Text>
        </View>
      ))}
    </View>
  )
}
