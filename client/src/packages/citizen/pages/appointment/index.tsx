import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { AppointmentDetail } from '../../../../features/booking/AppointmentDetail'
import { AppointmentReview } from '../../../../features/feedback/AppointmentReview'
import { notifySentence } from '../../../../features/booking/notifySentence'
import { useAppointment } from '../../../../features/booking/useAppointment'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 预约详情: one appointment's state, what to bring, when and where, its history, cancel and confirm. */
export default function AppointmentPage() {
  const { largeText } = useLargeText()
  const { id = '', notify } = useRouter().params
  const detail = useAppointment(id)
  return (
    <Page largeText={largeText}>
      {detail.notFound && <Notice tone="warn">没有找到该预约，请在“我的预约”中查看。</Notice>}
      {detail.error && !detail.notFound && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!detail.error && !detail.appointment && <Notice>正在加载预约…</Notice>}
      {notify && <Notice tone={notify === 'on' ? 'info' : 'warn'}>{notifySentence(notify === 'on')}</Notice>}
      {detail.appointment && <AppointmentDetail detail={detail} appointment={detail.appointment} />}
      {detail.data && <AppointmentReview answer={detail.data} onSaved={detail.reload} />}
    </Page>
  )
}
