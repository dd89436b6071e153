import { Button, Text, View } from '@tarojs/components'
import { Page } from '../../../../components/Page'
import { requestedWhen } from '../../../../features/booking/appointmentWhen'
import { ReferenceNoLine } from '../../../../features/records/ReferenceNoLine'
import { ReadBack } from '../../../../features/section/ReadBack'
import { SmsReachNotice } from '../../../../features/sms/SmsReachNotice'
import { RegisterForm } from '../../../../features/section/RegisterForm'
import { useRegisterForm } from '../../../../features/section/useRegisterForm'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { applicantName } from '@shared/appointments'

export default function DeskRegisterPage() {
  const { largeText } = useLargeText()
  const form = useRegisterForm()
  const { created } = form
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">登记预约</Text>
        <Text className="line muted">为现场或来电的群众登记节假日预约，提交后由管理科派单。</Text>
      </View>
      {created ? (
        <>
          <View className="card section-success">
            <Text className="card__title">已登记，请向群众复述核对</Text>
            <ReferenceNoLine referenceNo={created.referenceNo} />
            <Text className="line">
              {applicantName(created.applicant)} · {requestedWhen(created)} · {created.statusText}
            </Text>
            <SmsReachNotice phone={form.draft.phone} />
          </View>
          <ReadBack appointment={created} phone={form.draft.phone.trim()} referenceNo={created.referenceNo} />
          <View className="card">
            <Button className="btn-primary section-big-button" onClick={form.reset}>
              再登记一条
            </Button>
          </View>
        </>
      ) : (
        <RegisterForm form={form} />
      )}
    </Page>
  )
}
