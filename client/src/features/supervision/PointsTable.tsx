import { Text, View } from '@tarojs/components'
import type { SupervisionPoints } from '@shared/settings'
import { POINT_LABELS } from '@shared/supervision'

/** The points table in force (扣分标准, `settings.supervisionPoints`, R23), which an admin sets. */
export function PointsTable({ points }: { points: SupervisionPoints }) {
  const keys = Object.keys(POINT_LABELS) as (keyof SupervisionPoints)[]
  return (
    <View className="card">
      <Text className="card__title">扣分标准</Text>
      {keys.map((key) => (
        <Text key={key} className="line">
          {POINT_LABELS[key]}：每次扣 {points[key]} 分
        </Text>
      ))}
      <Text className="line muted">扣分标准由管理员在系统设置中调整。</Text>
    </View>
  )
}
