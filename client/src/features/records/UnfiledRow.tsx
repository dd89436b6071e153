import { Text, View } from '@tarojs/components'
import type { UnfiledEntry } from '@shared/appointments'
import { applicantName } from '@shared/appointments'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { CheckRow } from '../counter/StepFrame'
import { CHANNEL_LABELS } from '../section/channelLabels'
import { ReferenceNoLine } from './ReferenceNoLine'

/** One served record waiting to be filed (R19): tick it to file it with the others chosen. */
export function UnfiledRow({ entry, chosen, onToggle }: { entry: UnfiledEntry; chosen: boolean; onToggle: () => void }) {
  const { appointment } = entry
  const confirmed = appointment.paperSignature ? '申请人已在纸质登记表签字' : appointment.acknowledgedAt ? '申请人已在小程序确认' : '申请人未确认'
  return (
    <View className={`card filing-row${chosen ? ' filing-row--chosen' : ''}`}>
      <View className="section-entry__head">
        <Text className="card__title">{entry.items.map((i) => i.name).join('、')}</Text>
        {entry.overdue && <Text className="badge section-badge--overdue">逾期未归档</Text>}
      </View>
      <ReferenceNoLine referenceNo={appointment.referenceNo} />
      <Text className="line">{`${applicantName(appointment.applicant)} · ${CHANNEL_LABELS[appointment.channel]} · ${appointment.statusText}`}</Text>
      <Text className="line muted">{`办结于 ${formatBeijingTime(entry.servedAt)} · ${confirmed}`}</Text>
      <CheckRow label="选择归档" checked={chosen} onToggle={onToggle} />
    </View>
  )
}
