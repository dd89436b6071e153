import { Text, View } from '@tarojs/components'
import { COMPLAINT_CHANNEL_NAMES } from '@shared/feedback'
import { FINDING_KIND_NAMES, type FindingLine } from '@shared/supervision'
import { formatFullDate } from '../calendar/formatCivilDate'

/** The section's findings of the period (R23), the latest first, each with its window, evidence and points. */
export function FindingsList({ findings }: { findings: readonly FindingLine[] }) {
  return (
    <View className="card supervision-findings">
      <Text className="card__title">{`督查记录（${findings.length}）`}</Text>
      {findings.length === 0 && <Text className="line muted">本期暂无督查记录。</Text>}
      {findings.map((f) => (
        <View key={f.id} className="counter-row">
          <Text className="line">{`${formatFullDate(f.date)} · ${f.windowName}`}</Text>
          <Text className="line error-text">{`${FINDING_KIND_NAMES[f.kind]}${f.channel ? `（${COMPLAINT_CHANNEL_NAMES[f.channel]}）` : ''} · 扣 ${f.points} 分`}</Text>
          <Text className="line muted">{f.evidence}</Text>
        </View>
      ))}
    </View>
  )
}
