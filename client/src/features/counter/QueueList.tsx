import { ScrollView, Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { agreedWhen, requestedWhen } from '../booking/appointmentWhen'
import { counterAppointmentUrl } from './counterUrls'
import type { QueueGroup } from './queueGroups'
import type { QueueEntry } from '@shared/appointments'
import { applicantName } from '@shared/appointments'
import { ReferenceNoLine } from '../records/ReferenceNoLine'

/** The holiday days to filter by, "全部" first. */
export function QueueDateFilter({ days, date, onPick }: { days: string[]; date?: string; onPick: (date?: string) => void }) {
  if (days.length === 0) return null
  return (
    <ScrollView scrollX className="chips">
      <View className="chips__row">
        <Text className={date ? 'chip counter-chip' : 'chip chip--on counter-chip'} onClick={() => onPick(undefined)}>
          全部日期
        </Text>
        {days.map((d) => (
          <Text key={d} className={d === date ? 'chip chip--on counter-chip' : 'chip counter-chip'} onClick={() => onPick(d)}>
            {formatMonthDay(d)}
          </Text>
        ))}
      </View>
    </ScrollView>
  )
}

/** The window's appointments by status; a tap opens one. */
export function QueueList({ groups }: { groups: QueueGroup[] }) {
  if (groups.length === 0) return <Text className="line muted">暂无待办工单。</Text>
  return (
    <>
      {groups.map((group) => (
        <View key={group.status} className="card">
          <Text className="card__title">{`${group.title}（${group.entries.length}）`}</Text>
          {group.entries.map((entry) => (
            <QueueRow key={entry.id} entry={entry} />
          ))}
        </View>
      ))}
    </>
  )
}

function QueueRow({ entry }: { entry: QueueEntry }) {
  return (
    <View className="counter-row" onClick={() => void Taro.navigateTo({ url: counterAppointmentUrl(entry.id) })}>
      <Text className="line">{entry.items.map((i) => i.name).join('、')}</Text>
      <ReferenceNoLine referenceNo={entry.referenceNo} muted />
      <Text className="line muted">{`${requestedWhen(entry)} · ${agreedWhen(entry)}`}</Text>
      <Text className="line">{`申请人：${applicantName(entry.applicant)} ${entry.applicant.phone}`}</Text>
      <Text className="line muted">{`经办人：${entry.assignedStaff?.name ?? '待分配'}`}</Text>
    </View>
  )
}
