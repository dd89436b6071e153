import { Text, View } from '@tarojs/components'
import type { ServiceWindowLine } from './serviceWindowsOf'

/**
 * Where to go (办理地点): the floor and area the item gives, then the lead
 * department's windows, then those that assist (配合, R13), each with where
 * in the hall it stands.
 */
export function ServiceWindows({ lines, location }: { lines: readonly ServiceWindowLine[]; location?: string }) {
  return (
    <View className="card">
      <Text className="card__title">办理地点</Text>
      {location && <Text className="line">政务服务中心{location}</Text>}
      {lines.length === 0 && <Text className="line muted">请到政务服务中心咨询台询问</Text>}
      {lines.map((w) => (
        <View key={w.id} className="fact fact--stack">
          <Text className="fact__value">
            {w.label}
            {w.assisting && <Text className="tag">配合</Text>}
          </Text>
          {w.location && w.location !== location && <Text className="line muted">{w.location}</Text>}
        </View>
      ))}
    </View>
  )
}
