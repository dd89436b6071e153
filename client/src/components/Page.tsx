import { View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** The frame of every page: padding, and the large-text class when it is on. */
export function Page({ largeText, children }: PropsWithChildren<{ largeText: boolean }>) {
  return <View className={largeText ? 'page page--large' : 'page'}>{children}</View>
}
