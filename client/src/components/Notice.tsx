import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** A calm message in the flow of a page: an empty list, example data, an item no longer offered. */
export function Notice({ tone = 'info', children }: PropsWithChildren<{ tone?: 'info' | 'warn' }>) {
  return (
    <View className={`notice notice--${tone}`}>
      <Text>{children}</Text>
    </View>
  )
}
