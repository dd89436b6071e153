import { Text, View } from '@tarojs/components'
import { formatFullDate, formatWeekday } from '../../../../features/calendar/formatCivilDate'
import { ActionButton } from '../../../../components/ActionButton'
import { YearHistory } from './YearHistory'
import type { YearEntry } from '@shared/calendar'

/** One year as the calendar holds it: its source, holidays and make-up days, and who changed it. */
export function YearSummary({ entry, onEdit }: { entry: YearEntry; onEdit: () => void }) {
  const { calendar } = entry
  return (
    <View className="card">
      <Text className="card__title">{calendar.year}年安排</Text>
      <Text className="line muted">
        {calendar.source.title}
        {calendar.source.docNumber ? `（${calendar.source.docNumber}）` : ''}
      </Text>
      <Text className="admin-field__label">放假</Text>
      {calendar.holidays.map((h) => (
        <Text className="line" key={`${h.name}-${h.start}`}>
          {h.name}：{formatFullDate(h.start)} 至 {formatFullDate(h.end)}
        </Text>
      ))}
      <Text className="admin-field__label">调休上班</Text>
      {calendar.makeupDays.length === 0 && <Text className="line muted">无</Text>}
      {calendar.makeupDays.map((d) => (
        <Text className="line" key={d}>
          {formatFullDate(d)}（{formatWeekday(d)}）
        </Text>
      ))}
      <View className="admin-actions">
        <ActionButton size="mini" onClick={onEdit}>
          修改此年
        </ActionButton>
      </View>
      <YearHistory key={`${calendar.year}-${entry.version}`} year={calendar.year} />
    </View>
  )
}
