import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { SectionListEntry } from '@shared/appointments'
import { applicantName } from '@shared/appointments'
import { HALF_DAY_NAMES } from '../booking/appointmentWhen'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { CHANNEL_LABELS } from './channelLabels'
import { fullDate } from './fullDate'
import { recordUrl } from './recordUrl'

/** One appointment in the section's list (R8, R9): what, when, who, where it stands; a tap opens its record. */
export function SectionListCard({ entry }: { entry: SectionListEntry }) {
  const { appointment } = entry
  const when = appointment.agreedTime
    ? `约定 ${appointment.agreedTime.replace(/^0/, '')}`
    : appointment.halfDay
      ? HALF_DAY_NAMES[appointment.halfDay]
      : ''
  return (
    <View className="card section-entry" onClick={() => void Taro.navigateTo({ url: recordUrl(appointment.id) })}>
      <View className="section-entry__head">
        <Text className="card__title">{entry.items.map((i) => i.name).join('、')}</Text>
        <Text className={`appointment-status appointment-status--${appointment.status}`}>{appointment.statusText}</Text>
      </View>
      <ReferenceNoLine referenceNo={appointment.referenceNo} muted />
      <Text className="line">
        {fullDate(appointment.date)} {when} · {applicantName(appointment.applicant)}
      </Text>
      <Text className="line muted">
        {CHANNEL_LABELS[appointment.channel]}
        {entry.registrar ? ` · 登记人：${entry.registrar}` : ''} · {entry.leadWindow ? `主办：${entry.leadWindow}` : '尚未派单'}
      </Text>
      <Text className="line link">查看完整记录</Text>
    </View>
  )
}
