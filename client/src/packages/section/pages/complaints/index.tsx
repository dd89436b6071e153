import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { ComplaintCard } from '../../../../features/feedback/ComplaintCard'
import { useComplaintsDesk } from '../../../../features/feedback/useComplaintsDesk'
import { RegisterComplaintCard } from '../../../../features/feedback/RegisterComplaintCard'
import { useRegisterComplaint } from '../../../../features/feedback/useRegisterComplaint'
import { useWindowChoices } from '../../../../features/feedback/useWindowChoices'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 投诉处理 (R20): complaints from every channel by their deadlines, overdue ones marked, each closed with its outcome; phone and 12345 complaints entered here. */
export default function ComplaintsPage() {
  const { largeText } = useLargeText()
  const { filter, setFilter, complaints, names } = useComplaintsDesk()
  const entries = complaints.data?.items ?? []
  const register = useRegisterComplaint(complaints.reload)
  const windows = useWindowChoices()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">投诉处理</Text>
        <Text className="line muted">群众投诉（小程序、电话、12345）须在期限内处理并答复。</Text>
        <View className="chips__row">
          <Text className={filter === 'open' ? 'chip chip--on' : 'chip'} onClick={() => setFilter('open')}>
            待处理
          </Text>
          <Text className={filter === 'all' ? 'chip chip--on' : 'chip'} onClick={() => setFilter('all')}>
            全部投诉
          </Text>
        </View>
      </View>
      <RegisterComplaintCard form={register} windows={windows} />
      {complaints.error && <ErrorNotice error={complaints.error} onRetry={complaints.reload} />}
      <Text className="section-heading">{`${filter === 'open' ? '待处理' : '全部投诉'} ${complaints.data?.total ?? entries.length}`}</Text>
      {complaints.data && entries.length === 0 && <Text className="line muted">{filter === 'open' ? '暂无待处理的投诉' : '暂无投诉'}</Text>}
      {entries.map((entry) => (
        <ComplaintCard key={`${entry.complaint.id}-${entry.complaint.version}`} entry={entry} names={names} onDone={complaints.reload} />
      ))}
      <LoadMore shown={entries.length} total={complaints.data?.total} more={complaints.more} loading={complaints.loading} onMore={complaints.loadMore} />
    </Page>
  )
}
