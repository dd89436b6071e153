import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { LoadMore } from '../../../../components/LoadMore'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { ComplaintForm } from '../../../../features/feedback/ComplaintForm'
import { MyComplaintCard } from '../../../../features/feedback/MyComplaintCard'
import { useMyComplaints } from '../../../../features/feedback/useMyComplaints'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 我的投诉 (R20): file a complaint, optionally about one of my appointments, and read each one's outcome. */
export default function MyComplaintsPage() {
  const { largeText } = useLargeText()
  const { complaints, appointments, names, form, aboutOf } = useMyComplaints()
  const list = complaints.data?.items
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的投诉</Text>
        <Text className="line muted">对办事过程不满意，可以在这里投诉；也可拨打 0533-3618118。</Text>
      </View>
      <ComplaintForm form={form} appointments={appointments} names={names} />
      {complaints.error && <ErrorNotice error={complaints.error} onRetry={complaints.reload} />}
      {!complaints.error && !list && <Notice>正在加载…</Notice>}
      {list?.length === 0 && <Text className="line muted">您还没有提交过投诉。</Text>}
      {list?.map((c) => <MyComplaintCard key={c.id} complaint={c} about={aboutOf(c.appointmentId)} />)}
      <LoadMore shown={list?.length ?? 0} total={complaints.data?.total} more={complaints.more} loading={complaints.loading} onMore={complaints.loadMore} />
    </Page>
  )
}
