import { Text, View } from '@tarojs/components'
import { FilterPicker } from './FilterPicker'
import type { useSectionList } from './useSectionList'

/** The pickers of the section's list (R9): holiday, date (of that holiday), state, lead window, channel, and 清除筛选. */
export function SectionListFiltersCard({ list }: { list: ReturnType<typeof useSectionList> }) {
  const { filters, options, choose } = list
  return (
    <View className="card section-filters">
      <FilterPicker label="节假日" options={options.holidays} value={filters.holiday} onChange={(v) => choose('holiday', v)} />
      <FilterPicker
        label="日期"
        options={options.dates}
        value={filters.date}
        disabled={!filters.holiday}
        onChange={(v) => choose('date', v)}
      />
      {!filters.holiday && <Text className="line muted">先选节假日，再选其中一天</Text>}
      <FilterPicker label="状态" options={options.statuses} value={filters.status} onChange={(v) => choose('status', v as typeof filters.status)} />
      <FilterPicker label="主办窗口" options={options.windows} value={filters.windowId} onChange={(v) => choose('windowId', v)} />
      <FilterPicker label="渠道" options={options.channels} value={filters.channel} onChange={(v) => choose('channel', v as typeof filters.channel)} />
      {list.filtered && (
        <Text className="chip" onClick={list.reset}>
          清除筛选
        </Text>
      )}
    </View>
  )
}
