import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'

/** The way from 我的预约 to 我的投诉 (R20): file a complaint and read its outcome. */
export function ComplaintsEntry() {
  return (
    <View className="card">
      <Text className="line link" onClick={() => void Taro.navigateTo({ url: '/packages/citizen/pages/complaints/index' })}>
        我的投诉：对办事不满意？投诉并查看处理结果 ›
      </Text>
    </View>
  )
}
