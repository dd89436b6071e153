import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { formatBeijingTime } from '../../../../features/admin/formatBeijingTime'
import { useYearHistory } from '../../../../features/calendar/admin/useYearHistory'

/** Every save of a year: version, who, when (Beijing time). */
export function YearHistory({ year }: { year: number }) {
  const history = useYearHistory(year)
  const changes = history.data?.changes ?? []
  return (
    <View className="calendar-history">
      <Text className="admin-field__label">修改记录</Text>
      {history.error && <ErrorNotice error={history.error} onRetry={history.reload} />}
      {!history.error && !history.loading && changes.length === 0 && <Text className="line muted">未修改过，使用随程序发布的安排</Text>}
      {changes.map((c) => (
        <Text className="line muted" key={c.version}>
          第{c.version}版 · {formatBeijingTime(c.at)} · {c.by}
        </Text>
      ))}
    </View>
  )
}
