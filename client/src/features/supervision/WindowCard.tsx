import { Text, View } from '@tarojs/components'
import type { WindowSupervision } from '@shared/supervision'
import { windowFigures } from './windowFigures'

const GRID = { display: 'flex', flexWrap: 'wrap' as const }
const CELL = { width: '50%', padding: '4px 0' }

/** One window's table (R23): its figures by group, findings in red, and the points each finding cost. */
export function WindowCard({ row }: { row: WindowSupervision }) {
  const lost = row.deductions.filter((d) => d.points > 0)
  return (
    <View className="card supervision-window">
      <Text className="card__title">
        {row.windowNumber ? `${row.windowNumber}号窗口 ` : ''}
        {row.windowName}
      </Text>
      <Text className={row.pointsDeducted > 0 ? 'line error-text' : 'line muted'}>扣分合计：{row.pointsDeducted} 分</Text>
      {windowFigures(row.counts).map((group) => (
        <View key={group.title}>
          <Text className="section-heading">{group.title}</Text>
          <View style={GRID}>
            {group.figures.map((f) => (
              <View key={f.key} style={CELL}>
                <Text className={f.bad ? 'error-text' : ''}>
                  {f.label}：{f.value}
                </Text>
              </View>
            ))}
          </View>
        </View>
      ))}
      {lost.length > 0 && <Text className="section-heading">扣分明细</Text>}
      {lost.map((d) => (
        <Text key={d.key} className="line">
          {d.label} {d.count} 次 × {d.pointsEach} 分 = {d.points} 分
        </Text>
      ))}
    </View>
  )
}
