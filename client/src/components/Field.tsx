import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import { FieldError } from './FieldError'

/** A labelled form field with its error beneath; the hint gives way to the error. */
export function Field({ label, hint, error, children }: PropsWithChildren<{ label: string; hint?: string; error?: string }>) {
  return (
    <View className="admin-field">
      <Text className="admin-field__label">{label}</Text>
      {children}
      {hint && !error && <Text className="line muted admin-field__hint">{hint}</Text>}
      <FieldError message={error} />
    </View>
  )
}
