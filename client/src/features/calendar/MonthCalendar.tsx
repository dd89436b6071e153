import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { CivilDate } from '@shared/time'
import { useEffect } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { dayDetail, dayMark, LEGEND } from './dayMark'
import { formatMonth } from './monthGrid'
import { useMonthCalendar } from './useMonthCalendar'

const WEEK_HEAD = ['一', '二', '三', '四', '五', '六', '日']

/**
 * One month of the center's days from `calendar.range`, each marked by how it
 * is served (R2, R3, R4, R5); tapping a day shows its details. Plain Views only: it
 * ships in the main package.
 */
export function MonthCalendar({ today }: { today: CivilDate }) {
  const cal = useMonthCalendar(today)
  const detail = cal.selected && dayDetail(cal.selected)
  const selectedDate = cal.selected?.date
  // A tapped day's details render below the grid, off screen on a phone in
  // large text: bring them into view (R25, issue 16).
  useEffect(() => {
    if (selectedDate) Taro.pageScrollTo({ selector: '.month__detail', offsetTop: -80, duration: 200 }).catch(() => undefined)
  }, [selectedDate])
  return (
    <View className="card month">
      <View className="month__nav">
        <Button size="mini" className="month__btn" onClick={cal.previous}>
          上个月
        </Button>
        <Text className="month__title">{formatMonth(cal.grid.month)}</Text>
        <Button size="mini" className="month__btn" onClick={cal.next}>
          下个月
        </Button>
      </View>
      {cal.error ? (
        <ErrorNotice error={cal.error} onRetry={cal.reload} />
      ) : (
        <View className="month__grid">
          {WEEK_HEAD.map((w) => (
            <Text className="month__cell month__head" key={w}>
              {w}
            </Text>
          ))}
          {cal.grid.weeks.flat().map((date, i) => {
            if (!date) return <View className="month__cell" key={`blank-${i}`} />
            const day = cal.days.get(date)
            const mark = day && dayMark(day)
            const classes = ['month__cell', 'month__day']
            if (mark) classes.push(`month__day--${mark.tone}`)
            if (date === today) classes.push('month__day--today')
            if (date === cal.selected?.date) classes.push('month__day--selected')
            return (
              <View className={classes.join(' ')} key={date} onClick={() => cal.select(date)}>
                <Text className="month__num">{Number(date.slice(8))}</Text>
                <View className="month__mark">
                  {mark
                    ? mark.words.map((word) => (
                        <Text className="month__word" key={word}>
                          {word}
                        </Text>
                      ))
                    : ' '}
                </View>
              </View>
            )
          })}
        </View>
      )}
      <View className="month__legend">
        {LEGEND.map((m) => (
          <Text className={`month__key month__day--${m.tone}`} key={m.tone}>
            {m.label}
          </Text>
        ))}
      </View>
      {detail && (
        <View className="month__detail">
          <Text className="line month__detail-title">{detail.title}</Text>
          <Text className="line">{detail.kind}</Text>
          <Text className="line muted">{detail.service}</Text>
        </View>
      )}
    </View>
  )
}
