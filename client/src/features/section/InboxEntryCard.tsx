import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { PropsWithChildren } from 'react'
import { requestedWhen } from '../booking/appointmentWhen'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { ExceptionFlags } from '../scheme/ExceptionFlags'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { CHANNEL_LABELS } from './channelLabels'
import { formUrl } from './formUrl'
import { waitingText } from './waitingText'
import type { InboxEntry } from '@shared/appointments'
import { applicantName } from '@shared/appointments'

/** One appointment in the section's inbox: what, when, who, how long it waited, and its registration form. */
export function InboxEntryCard({ entry, children }: PropsWithChildren<{ entry: InboxEntry }>) {
  const { appointment } = entry
  return (
    <View className="card section-entry">
      <View className="section-entry__head">
        <Text className="card__title">{entry.items.map((i) => i.name).join('、')}</Text>
        {entry.overdue && <Text className="badge section-badge--overdue">超时</Text>}
      </View>
      <ReferenceNoLine referenceNo={appointment.referenceNo} />
      <Text className="line">
        {requestedWhen(appointment)} · {applicantName(appointment.applicant)} {appointment.applicant.phone}
      </Text>
      <Text className="line muted">
        {CHANNEL_LABELS[appointment.channel]}
        {entry.registrar ? ` · 登记人：${entry.registrar}` : ''} · 提交于 {formatBeijingTime(appointment.createdAt)} · 主办部门：{entry.leadDepartment?.name ?? '未知'}
      </Text>
      {entry.waitingWorkingMinutes !== undefined && <Text className="line muted">{waitingText(entry.waitingWorkingMinutes)}</Text>}
      {appointment.note && <Text className="line muted">备注：{appointment.note}</Text>}
      <ExceptionFlags entry={entry} />
      {children}
      <Text className="line link" onClick={() => void Taro.navigateTo({ url: formUrl(appointment.id) })}>
        查看登记表
      </Text>
    </View>
  )
}
