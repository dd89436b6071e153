import { Text, View } from '@tarojs/components'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Notice } from '../../components/Notice'
import { Page } from '../../components/Page'
import { AppointmentRow } from '../../features/booking/AppointmentRow'
import { ClaimByPhone } from '../../features/booking/ClaimByPhone'
import { useMineList } from '../../features/booking/useMineList'
import { ComplaintsEntry } from '../../features/feedback/ComplaintsEntry'
import { useLargeText } from '../../features/settings/useLargeText'

/** 我的预约: the citizen's own holiday appointments, newest first, how to make one, and finding those registered by phone or at the desk (R7). */
export default function MinePage() {
  const { largeText } = useLargeText()
  const mine = useMineList()
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">我的预约</Text>
      </View>
      {mine.error && <ErrorNotice error={mine.error} onRetry={mine.reload} />}
      {!mine.error && !mine.appointments && <Notice>正在加载…</Notice>}
      {mine.appointments?.length === 0 && (
        <View className="card">
          <Text className="line">您还没有节假日预约。</Text>
          <Text className="line">在“办事”中找到事项，点“预约节假日办理”即可预约；需在节假日前最后一个工作日17:00前提出。</Text>
          <Text className="line muted">也可到政务服务中心咨询台现场登记，或在工作日 8:30—12:00、13:30—17:00 拨打 0533-3618118 电话预约。</Text>
        </View>
      )}
      {mine.appointments?.map((a) => (
        <AppointmentRow key={a.id} appointment={a} itemNames={mine.namesOf(a.itemIds)} onOpen={() => mine.open(a.id)} />
      ))}
      {mine.appointments && <ClaimByPhone onClaimed={mine.reload} />}
      <ComplaintsEntry />
    </Page>
  )
}
