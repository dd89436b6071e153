import Taro, { useDidShow } from '@tarojs/taro'
import { useCallback, useState } from 'react'

const KEY = 'pref.largeText'

/**
 * Large-text mode for older citizens: switchable on any page and remembered
 * on the phone across visits.
 */
export function useLargeText(): { largeText: boolean; toggleLargeText: () => void } {
  const [largeText, setLargeText] = useState<boolean>(() => Taro.getStorageSync(KEY) === true)
  // Tab pages stay alive: a switch made on another tab is read when this one shows again.
  useDidShow(() => setLargeText(Taro.getStorageSync(KEY) === true))
  const toggleLargeText = useCallback(() => {
    setLargeText((current) => {
      const next = !current
      Taro.setStorageSync(KEY, next)
      return next
    })
  }, [])
  return { largeText, toggleLargeText }
}
