import { Text, View } from '@tarojs/components'

/** Who may apply (受理条件), first on the guide: a citizen who does not qualify need not gather anything (R1). */
export function AcceptanceConditions({ conditions }: { conditions?: string }) {
  if (!conditions) return null
  return (
    <View className="card">
      <Text className="card__title">受理条件</Text>
      <Text className="line">{conditions}</Text>
    </View>
  )
}
