import { Text, View } from '@tarojs/components'
import type { Bar, ServedBar } from './chartBars'

// Plain Views with widths in per cent: they render alike in the mini-program
// and on H5, where a canvas chart library would cost size and a second code path.
const TRACK = { display: 'flex', height: '28px', background: '#eef1f5', borderRadius: '6px', overflow: 'hidden', margin: '4px 0 14px' }
const fill = (percent: number, color: string) => ({ width: `${percent}%`, background: color, height: '100%' })

/** Points deducted per window as horizontal bars, most first (R23). */
export function PointsChart({ bars }: { bars: readonly Bar[] }) {
  if (bars.length === 0) return <Text className="line muted">本期间各窗口均未扣分</Text>
  return (
    <View className="supervision-chart">
      {bars.map((bar) => (
        <View key={bar.id} className="supervision-bar">
          <Text className="line">
            {bar.label}：扣 {bar.value} 分
          </Text>
          <View style={TRACK}>
            <View style={fill(bar.percent, '#c0392b')} />
          </View>
        </View>
      ))}
    </View>
  )
}

/** Appointments per window: served, abandoned (counted as served, R18), and not (yet) served. */
export function ServedChart({ bars }: { bars: readonly ServedBar[] }) {
  if (bars.length === 0) return <Text className="line muted">本期间没有派给窗口的预约</Text>
  return (
    <View className="supervision-chart">
      <Text className="line muted">绿色：已办结 · 橙色：申请人放弃（计为已服务） · 灰色：未服务</Text>
      {bars.map((bar) => (
        <View key={bar.id} className="supervision-bar">
          <Text className="line">
            {bar.label}：派单 {bar.dispatched}，已服务 {bar.served}（放弃 {bar.abandoned}）
          </Text>
          <View style={TRACK}>
            <View style={fill(bar.servedPercent, '#2e8b57')} />
            <View style={fill(bar.abandonedPercent, '#e67e22')} />
            <View style={fill(bar.restPercent, '#b8c0cc')} />
          </View>
        </View>
      ))}
    </View>
  )
}
