import { Text, View } from '@tarojs/components'
import { SERVICE_MODE_NAMES, type ServiceMode } from '@shared/items'

/** How an item is served: 周末无休 (R2) and/or 节假日预约 (R4), as small badges. */
export function ModeBadges({ modes }: { modes: readonly ServiceMode[] }) {
  return (
    <View className="badges">
      {modes.map((mode) => (
        <Text key={mode} className={`badge badge--${mode}`}>
          {SERVICE_MODE_NAMES[mode]}
        </Text>
      ))}
    </View>
  )
}
