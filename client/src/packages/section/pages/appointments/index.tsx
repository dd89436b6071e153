import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { RegisterExportCard } from '../../../../features/documents/RegisterExportCard'
import { SectionListCard } from '../../../../features/section/SectionListCard'
import { SectionListFiltersCard } from '../../../../features/section/SectionListFiltersCard'
import { useSectionList } from '../../../../features/section/useSectionList'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 全部预约: every appointment the center holds, filtered and paged, each opening its record (R8, R9). */
export default function SectionAppointmentsPage() {
  const { largeText } = useLargeText()
  const sectionList = useSectionList()
  const { list } = sectionList
  const items = list.data?.items ?? []
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">全部预约</Text>
        <Text className="line muted">派单后仍可在这里找到每一条预约，点开查看完整记录和登记表。</Text>
      </View>
      <RegisterExportCard scope="all" />
      <SectionListFiltersCard list={sectionList} />
      {list.error && <ErrorNotice error={list.error} onRetry={list.reload} />}
      {list.data && items.length === 0 && <Text className="line muted">{sectionList.filtered ? '没有符合筛选条件的预约' : '暂无预约'}</Text>}
      {items.map((entry) => (
        <SectionListCard key={entry.appointment.id} entry={entry} />
      ))}
      <LoadMore shown={items.length} total={list.data?.total} more={list.more} loading={list.loading} onMore={list.loadMore} />
    </Page>
  )
}
