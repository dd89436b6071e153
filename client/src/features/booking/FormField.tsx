import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'

/** A labelled field with the schema's Chinese message beside it when it fails. */
export function FormField({ label, error, children }: PropsWithChildren<{ label: string; error?: string }>) {
  return (
    <View className="booking-field">
      <Text className="booking-field__label">{label}</Text>
      {children}
      {error && <Text className="line error-text">{error}</Text>}
    </View>
  )
}
