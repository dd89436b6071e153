import { Text, View } from '@tarojs/components'
import type { QueueTab } from './useQueue'

const TABS: { tab: QueueTab; label: string }[] = [
  { tab: 'todo', label: '待办' },
  { tab: 'done', label: '已办' },
]

/** 待办 and 已办 with how many each holds (the server's count, every page included); blank while it loads. */
export function QueueTabs({ tab, counts, onPick }: { tab: QueueTab; counts: Partial<Record<QueueTab, number>>; onPick: (tab: QueueTab) => void }) {
  return (
    <View className="counter-tabs">
      {TABS.map(({ tab: t, label }) => (
        <Text key={t} className={t === tab ? 'counter-tab counter-tab--on' : 'counter-tab'} onClick={() => onPick(t)}>
          {counts[t] === undefined ? label : `${label}（${counts[t]}）`}
        </Text>
      ))}
    </View>
  )
}
