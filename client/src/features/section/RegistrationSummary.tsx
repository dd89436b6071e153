import { Text, View } from '@tarojs/components'
import { applicantName, describeDeviation, type AppointmentView } from '@shared/appointments'
import { agreedWhen, requestedWhen } from '../booking/appointmentWhen'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { CHANNEL_LABELS } from './channelLabels'

/** The registration form's key fields as plain text (R8), with any deviation and its reason (R19), for a screen that cannot print. */
export function RegistrationSummary({ appointment }: { appointment: AppointmentView }) {
  return (
    <View className="card">
      <ReferenceNoLine referenceNo={appointment.referenceNo} />
      <Text className="line">申请人：{applicantName(appointment.applicant)}</Text>
      <Text className="line">联系电话：{appointment.applicant.phone}</Text>
      <Text className="line">预约日期：{requestedWhen(appointment)}</Text>
      {appointment.agreedTime && <Text className="line">{agreedWhen(appointment)}</Text>}
      <Text className="line">预约渠道：{CHANNEL_LABELS[appointment.channel]}</Text>
      <Text className="line">登记时间：{formatBeijingTime(appointment.createdAt)}</Text>
      <Text className="line">状态：{appointment.statusText}</Text>
      {appointment.paperSignature && <Text className="line">申请人确认：已在纸质登记表上签字（{formatBeijingTime(appointment.paperSignature.at)}登记）</Text>}
      {appointment.filing && <Text className="line">{`归档号：${appointment.filing.archiveNo}${appointment.filing.box ? `（${appointment.filing.box}）` : ''}`}</Text>}
      {/* What staff entered against the record, with their reason: the section checks it before filing (R19). */}
      {(appointment.deviations ?? []).map((d) => (
        <Text key={`${d.kind}-${d.at}`} className="line notice-text">{`例外说明：${describeDeviation(d)}；原因：${d.reason}`}</Text>
      ))}
    </View>
  )
}
