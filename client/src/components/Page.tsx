import { View } from '@tarojs/components'
import type { ComponentType, PropsWithChildren } from 'react'

// The dev bar exists only in the H5 build, which talks to the local emulator;
// the condition is a build-time constant, so the mini-program never bundles it.
const DevBar: ComponentType | null =
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  process.env.TARO_ENV === 'h5' ? require('../features/dev/DevBar').DevBar : null

/** The frame of every page: padding, and the large-text class when it is on. */
export function Page({ largeText, children }: PropsWithChildren<{ largeText: boolean }>) {
  return (
    <View className={largeText ? 'page page--large' : 'page'}>
      {DevBar && <DevBar />}
      {children}
    </View>
  )
}
