import { Text } from '@tarojs/components'

/** The Chinese message for one field, shown right under it. */
export function FieldError({ message }: { message?: string }) {
  if (!message) return null
  return <Text className="line error-text admin-field__error">{message}</Text>
}
