import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { CounterAppointment } from '../../../../features/counter/CounterAppointment'
import { useCounterAppointment } from '../../../../features/counter/useCounterAppointment'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** One appointment for the window: record, history and the steps R10, R11, R12, R13, R14, R15, R16, R17, R18, R19 allow the caller now. */
export default function StaffAppointmentPage() {
  const { largeText } = useLargeText()
  const id = useRouter().params.id ?? ''
  const detail = useCounterAppointment(id)
  return (
    <Page largeText={largeText}>
      {detail.error && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {detail.appointment && <CounterAppointment detail={detail} appointment={detail.appointment} />}
      {detail.loading && !detail.appointment && <Text className="line muted">正在加载…</Text>}
    </Page>
  )
}
