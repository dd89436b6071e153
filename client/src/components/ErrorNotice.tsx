import { Button, Text, View } from '@tarojs/components'
import type { ApiError } from '@shared/api'

/** A failed request: the server's Chinese message and a way to try again. */
export function ErrorNotice({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  return (
    <View className="card">
      <Text className="line error-text">{error.message}</Text>
      <Button size="mini" onClick={onRetry}>
        重试
      </Button>
    </View>
  )
}
