import { Text, View } from '@tarojs/components'
import type { ComplaintsAnswer } from '@shared/feedback'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { appointmentLine } from './appointmentLine'
import { deadlineText } from './deadlineText'
import { ComplaintResolvePanel } from './ComplaintResolvePanel'
import { useComplaintResolve } from './useComplaintResolve'

type Entry = ComplaintsAnswer['items'][number]

/** One complaint for the section: what, from which channel and whom, about which appointment, the deadline, and what resolves it (R20). */
export function ComplaintCard({ entry, names, onDone }: { entry: Entry; names: ReadonlyMap<string, string>; onDone: () => void }) {
  const { complaint, appointment } = entry
  const form = useComplaintResolve(complaint, onDone)
  const { contact, resolution } = complaint
  return (
    <View className="card section-entry">
      <View className="section-entry__head">
        <Text className="card__title">{complaint.statusText}</Text>
        {complaint.overdue && <Text className="badge section-badge--overdue">已超期</Text>}
      </View>
      <Text className="line">{complaint.text}</Text>
      <Text className="line muted">{`来源：${complaint.channelText} · ${formatBeijingTime(complaint.at)}`}</Text>
      {contact && <Text className="line">{`联系人：${contact.name ?? '投诉人'} ${contact.phone}`}</Text>}
      <Text className="line muted">{appointment ? `涉及预约：${appointmentLine(appointment, names)}` : '未涉及具体预约'}</Text>
      <Text className="line">{deadlineText({ dueAt: complaint.dueAt, overdue: complaint.overdue, resolvedAt: complaint.resolution?.at })}</Text>
      {resolution && <Text className="line">处理结果：{resolution.note}</Text>}
      {resolution?.upheld !== undefined && <Text className="line muted">{`${resolution.upheld ? '属实' : '不属实'}${resolution.calledBack ? ' · 已回电告知投诉人' : ''}`}</Text>}
      {complaint.status === 'open' && <ComplaintResolvePanel form={form} />}
    </View>
  )
}
