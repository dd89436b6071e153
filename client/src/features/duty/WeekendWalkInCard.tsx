import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'
import { formatHours } from '@shared/calendar'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { ITEMS_SHOWN, windowLine } from './weekendLines'

/**
 * 本周末可办 (R2, R21, R25): for a citizen, the nearest weekend's walk-in
 * days and, for each, the windows on duty with the items they can handle
 * there without appointment — from `catalog` `weekend.walkIn`. A window
 * nobody is on duty for, or closed that day, is not listed, so nobody makes
 * a wasted trip; when nothing is known the phone line is given.
 */
export function WeekendWalkInCard() {
  const query = useCloudQuery('catalog', 'weekend.walkIn')
  const [all, setAll] = useState(false)
  const data = query.data
  if (!data) return null
  const more = data.days.some((d) => d.windows.some((w) => w.items.length > ITEMS_SHOWN))
  return (
    <View className="card weekend-walk-in">
      <Text className="card__title">本周末可办事项</Text>
      {data.days.length === 0 && <Text className="line muted">{data.unknown ? '近期的节假日安排尚未公布，请致电 0533-3618118 咨询。' : '近两周没有周末无休日。'}</Text>}
      {data.days.length > 0 && <Text className="line muted">{`无需预约，${formatHours(data.walkInHours)}，到以下窗口办理：`}</Text>}
      {data.days.map((day) => (
        <View key={day.date} className="weekend-walk-in__day">
          <Text className="weekend-walk-in__date">{`${formatMonthDay(day.date)} ${formatWeekday(day.date)}`}</Text>
          {day.windows.length === 0 && <Text className="line muted">暂无窗口值班安排，请致电 0533-3618118 咨询。</Text>}
          {day.windows.map((w) => {
            const line = windowLine(w, data.walkInHours, all)
            return (
              <View key={w.id} className="weekend-walk-in__window">
                <Text className="weekend-walk-in__place">{line.place}</Text>
                {line.when && <Text className="line notice-text">{line.when}</Text>}
                <Text className="line muted">{line.items}</Text>
              </View>
            )
          })}
        </View>
      ))}
      {more && (
        <Text className="link weekend-walk-in__more" onClick={() => setAll(!all)}>
          {all ? '收起事项' : '查看全部事项'}
        </Text>
      )}
    </View>
  )
}
