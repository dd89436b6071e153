import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Page } from '../../../../components/Page'
import { FollowUpCard } from '../../../../features/feedback/FollowUpCard'
import { useFollowUps } from '../../../../features/feedback/useFollowUps'
import { VisitCard } from '../../../../features/feedback/VisitCard'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 评价与回访 (R20): bad reviews to follow up by their deadlines, and completed appointments awaiting a return visit. */
export default function ReviewsPage() {
  const { largeText } = useLargeText()
  const { filter, setFilter, reviews, visits, names } = useFollowUps()
  const entries = reviews.data?.items ?? []
  const pending = visits.data?.items ?? []
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">评价与回访</Text>
        <Text className="line muted">差评须在期限内跟进答复；办结的预约逐一回访。</Text>
        <View className="chips__row">
          <Text className={filter === 'open' ? 'chip chip--on' : 'chip'} onClick={() => setFilter('open')}>
            待跟进差评
          </Text>
          <Text className={filter === 'all' ? 'chip chip--on' : 'chip'} onClick={() => setFilter('all')}>
            全部评价
          </Text>
        </View>
      </View>
      {reviews.error && <ErrorNotice error={reviews.error} onRetry={reviews.reload} />}
      <Text className="section-heading">{`${filter === 'open' ? '待跟进差评' : '全部评价'} ${reviews.data?.total ?? entries.length}`}</Text>
      {reviews.data && entries.length === 0 && <Text className="line muted">{filter === 'open' ? '暂无待跟进的差评' : '暂无评价'}</Text>}
      {entries.map((entry) => (
        <FollowUpCard key={`${entry.review.appointmentId}-${entry.review.version}`} entry={entry} names={names} onDone={reviews.reload} />
      ))}
      <LoadMore shown={entries.length} total={reviews.data?.total} more={reviews.more} loading={reviews.loading} onMore={reviews.loadMore} />
      {visits.error && <ErrorNotice error={visits.error} onRetry={visits.reload} />}
      <Text className="section-heading">{`待回访 ${visits.data?.total ?? pending.length}`}</Text>
      {visits.data && pending.length === 0 && <Text className="line muted">暂无待回访的预约</Text>}
      {pending.map((entry) => (
        <VisitCard key={entry.appointment.id} entry={entry} names={names} onDone={visits.reload} />
      ))}
      <LoadMore shown={pending.length} total={visits.data?.total} more={visits.more} loading={visits.loading} onMore={visits.loadMore} />
    </Page>
  )
}
