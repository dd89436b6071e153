import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { DoneList } from '../../../../features/counter/DoneList'
import { RegisterExportCard } from '../../../../features/documents/RegisterExportCard'
import { QueueDateFilter, QueueList } from '../../../../features/counter/QueueList'
import { QueueTabs } from '../../../../features/counter/QueueTabs'
import { StaffMessagesCard } from '../../../../features/counter/StaffMessagesCard'
import { useQueue } from '../../../../features/counter/useQueue'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** The window's appointments, dispatched by the section (R9, R10): 待办 by status, 已办 newest first. */
export default function QueuePage() {
  const { largeText } = useLargeText()
  const queue = useQueue()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">窗口工单</Text>
        <Text className="line muted">管理科派送到本窗口的预约，点开可分配、联系确认和办理。</Text>
      </View>
      <StaffMessagesCard ask={queue.messages} />
      <QueueTabs tab={queue.tab} counts={queue.counts} onPick={queue.setTab} />
      <QueueDateFilter days={queue.days} date={queue.date} onPick={queue.setDate} />
      {queue.error && <ErrorNotice error={queue.error} onRetry={queue.reload} />}
      {queue.data && (queue.tab === 'todo' ? <QueueList groups={queue.groups} /> : <DoneList entries={queue.finished} />)}
      {queue.tab === 'done' && <RegisterExportCard scope="window" />}
      <LoadMore shown={queue.data?.items.length ?? 0} total={queue.data?.total} more={queue.more} loading={queue.loading} onMore={queue.loadMore} />
      {queue.loading && !queue.data && <Text className="line muted">正在加载…</Text>}
    </Page>
  )
}
