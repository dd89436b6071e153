import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { QueueEntry } from '@shared/appointments'
import { applicantName } from '@shared/appointments'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { readTime } from './confirmTime'
import { counterAppointmentUrl } from './counterUrls'
import { serviceTimes } from './workTimes'

/** What became of a finished appointment, in the staff's words (R17, R18, R19). */
export function outcomeText(entry: Pick<QueueEntry, 'status' | 'statusText' | 'outcome' | 'lateRecord' | 'forceMajeure'>): string {
  if (entry.outcome) return `${entry.statusText}：${entry.outcome.result}`
  if (entry.status === 'abandoned') return `申请人放弃办理（视为完成）${entry.lateRecord?.note ? `：${entry.lateRecord.note}` : ''}`
  if (entry.status === 'force_majeure') return `不可抗力，已报告管理科${entry.forceMajeure?.note ? `：${entry.forceMajeure.note}` : ''}`
  return entry.statusText
}

/** 已办: the window's finished work orders, newest first; a tap opens one. */
export function DoneList({ entries }: { entries: readonly QueueEntry[] }) {
  if (entries.length === 0) return <Text className="line muted">暂无已办工单。</Text>
  return (
    <View className="card">
      {entries.map((entry) => (
        <View key={entry.id} className="counter-row" onClick={() => void Taro.navigateTo({ url: counterAppointmentUrl(entry.id) })}>
          <Text className="line">{entry.items.map((i) => i.name).join('、')}</Text>
          <Text className="line">{outcomeText(entry)}</Text>
          <Text className="line muted">{`预约：${formatMonthDay(entry.date)}${entry.agreedTime ? ` ${readTime(entry.agreedTime)}` : ''}`}</Text>
          {entry.outcome && <Text className="line muted">{`办理：${serviceTimes(entry.outcome)}`}</Text>}
          <Text className="line muted">{`经办人：${entry.assignedStaff?.name ?? '未分配'} · 申请人：${applicantName(entry.applicant)}`}</Text>
        </View>
      ))}
    </View>
  )
}
