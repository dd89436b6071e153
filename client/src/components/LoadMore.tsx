import { Text, View } from '@tarojs/components'

interface Props {
  shown: number
  total?: number
  more: boolean
  loading: boolean
  onMore: () => void
}

/**
 * Under a paged list: how many of how many are shown, and 加载更多 while there
 * are more. An empty list has its own words (暂无…), so it shows nothing.
 */
export function LoadMore({ shown, total, more, loading, onMore }: Props) {
  if (!total) return null
  return (
    <View className="card">
      <Text className="line muted">{`共 ${total} 条，已显示 ${shown} 条`}</Text>
      {more && (
        <Text className="chip" onClick={loading ? undefined : onMore}>
          {loading ? '正在加载…' : '加载更多'}
        </Text>
      )}
    </View>
  )
}
