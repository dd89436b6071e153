import { Button, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { Item } from '@shared/items'
import { consultPhone, itemGuideLines } from './itemGuideLines'

/**
 * Fee, time limits, how the result comes back and whom to ask (一次性告知,
 * R1), one fact a row; the phone is one tap to call.
 */
export function ItemFacts({ item }: { item: Item }) {
  const phone = consultPhone(item)
  return (
    <View className="card">
      <Text className="card__title">收费、时限和结果领取</Text>
      {itemGuideLines(item).map((line) => (
        <View key={line.label} className="fact">
          <Text className="fact__label">{line.label}</Text>
          <Text className="fact__value">{line.value}</Text>
        </View>
      ))}
      <View className="fact">
        <Text className="fact__label">咨询电话</Text>
        <Text className="fact__value">{phone}</Text>
      </View>
      <Button className="btn-secondary" onClick={() => void Taro.makePhoneCall({ phoneNumber: phone })}>
        拨打咨询电话
      </Button>
    </View>
  )
}
