import { useRouter } from '@tarojs/taro'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { AppointmentDetail } from '../../../../features/booking/AppointmentDetail'
import { BookingSuccess } from '../../../../features/booking/BookingSuccess'
import { MoveRequestCard } from '../../../../features/booking/MoveRequestCard'
import { AppointmentReview } from '../../../../features/feedback/AppointmentReview'
import { notifySentence } from '../../../../features/booking/notifySentence'
import { useAppointment } from '../../../../features/booking/useAppointment'
import { useCenter } from '../../../../features/center/useCenter'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 预约详情: one appointment's state, what to bring, when and where, its history, cancel, ask to move (R16) and confirm; right after booking (`booked=1`) it opens with 预约成功. */
export default function AppointmentPage() {
  const { largeText } = useLargeText()
  const { id = '', notify, booked } = useRouter().params
  const detail = useAppointment(id)
  const center = useCenter().data?.center
  return (
    <Page largeText={largeText}>
      {detail.notFound && <Notice tone="warn">没有找到该预约，请在“我的预约”中查看。</Notice>}
      {detail.error && !detail.notFound && <ErrorNotice error={detail.error} onRetry={detail.reload} />}
      {!detail.error && !detail.appointment && <Notice>正在加载预约…</Notice>}
      {booked && detail.appointment && detail.appointment.status !== 'cancelled' && (
        <BookingSuccess
          appointment={detail.appointment}
          itemNames={detail.items.map((i) => i.item.name)}
          referenceNo={detail.appointment.referenceNo}
          center={center}
        />
      )}
      {notify && <Notice tone={notify === 'on' ? 'info' : 'warn'}>{notifySentence(notify === 'on')}</Notice>}
      {detail.appointment && <AppointmentDetail detail={detail} appointment={detail.appointment} />}
      {detail.appointment && <MoveRequestCard appointment={detail.appointment} onDone={detail.reload} />}
      {detail.data && <AppointmentReview answer={detail.data} onSaved={detail.reload} />}
    </Page>
  )
}
