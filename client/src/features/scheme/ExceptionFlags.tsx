import { Text, View } from '@tarojs/components'
import { describeDeviation, FLAGGED_KINDS, type InboxEntry } from '@shared/appointments'

/**
 * What the section is flagged on an inbox card (R4, R14): a request whose
 * items' estimates add up to more than half a working day, a time agreed
 * outside the holiday hours or a duration over half a day with the staff's
 * reason, and a proposed change to a time outside the holiday hours.
 */
export function ExceptionFlags({ entry }: { entry: Pick<InboxEntry, 'appointment' | 'overHalfDay' | 'estimatedMinutes'> }) {
  const { appointment } = entry
  const flagged = (appointment.deviations ?? []).filter((d) => FLAGGED_KINDS.includes(d.kind))
  const pendingOutside = appointment.status === 'change_pending' ? appointment.change?.outsideHours : undefined
  if (!entry.overHalfDay && flagged.length === 0 && !pendingOutside) return null
  return (
    <View className="scheme-flags">
      {entry.overHalfDay && (
        <Text className="line notice-text">{`预计超过半个工作日：各事项预计共${entry.estimatedMinutes ?? 0}分钟，可拆分为两次预约`}</Text>
      )}
      {flagged.map((d) => (
        <Text key={`${d.kind}-${d.at}`} className="line notice-text">{`例外说明：${describeDeviation(d)}；原因：${d.reason}`}</Text>
      ))}
      {pendingOutside && <Text className="line notice-text">{`变更后${describeDeviation(pendingOutside)}`}</Text>}
    </View>
  )
}
