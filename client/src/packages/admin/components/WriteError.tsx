import { Text, View } from '@tarojs/components'
import type { ApiError } from '@shared/api'
import { ActionButton } from '../../../components/ActionButton'

/**
 * A write the server refused, in its own words. On `CONFLICT` (someone else
 * saved first) the admin may reload the record; nothing is overwritten.
 */
export function WriteError({ error, onReload }: { error?: ApiError; onReload?: () => void }) {
  if (!error) return null
  return (
    <View className="admin-write-error">
      <Text className="line error-text">{error.message}</Text>
      {error.code === 'CONFLICT' && onReload && (
        <ActionButton size="mini" onClick={onReload}>
          重新加载
        </ActionButton>
      )}
    </View>
  )
}
