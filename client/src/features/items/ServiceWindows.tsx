import { Text, View } from '@tarojs/components'
import type { ServiceWindowLine } from './serviceWindowsOf'

/** Where the item is handled: the lead department's windows, then those that assist (配合, R13). */
export function ServiceWindows({ lines }: { lines: readonly ServiceWindowLine[] }) {
  return (
    <View className="card">
      <Text className="card__title">办理窗口</Text>
      {lines.length === 0 && <Text className="line muted">请到政务服务中心咨询台询问</Text>}
      {lines.map((w) => (
        <Text key={w.id} className="line">
          {w.label}
          {w.assisting && <Text className="tag">配合</Text>}
        </Text>
      ))}
    </View>
  )
}
