import { Text, View } from '@tarojs/components'
import { complaintResolveSchema, type ComplaintsAnswer } from '@shared/feedback'
import { useMemo } from 'react'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { appointmentLine } from './appointmentLine'
import { deadlineText } from './deadlineText'
import { ResolvePanel } from './ResolvePanel'
import { useResolveForm } from './useResolveForm'

type Entry = ComplaintsAnswer['items'][number]

/** One complaint for the section: what, about which appointment, the deadline, and the reply that resolves it (R20). */
export function ComplaintCard({ entry, names, onDone }: { entry: Entry; names: ReadonlyMap<string, string>; onDone: () => void }) {
  const { complaint, appointment } = entry
  const target = useMemo(() => ({ complaintId: complaint.id, version: complaint.version }), [complaint.id, complaint.version])
  const form = useResolveForm('complaints.resolve', complaintResolveSchema, target, onDone)
  return (
    <View className="card section-entry">
      <View className="section-entry__head">
        <Text className="card__title">{complaint.statusText}</Text>
        {complaint.overdue && <Text className="badge section-badge--overdue">已超期</Text>}
      </View>
      <Text className="line">{complaint.text}</Text>
      <Text className="line muted">提交时间：{formatBeijingTime(complaint.at)}</Text>
      <Text className="line muted">{appointment ? `涉及预约：${appointmentLine(appointment, names)}` : '未涉及具体预约'}</Text>
      <Text className="line">{deadlineText({ dueAt: complaint.dueAt, overdue: complaint.overdue, resolvedAt: complaint.resolution?.at })}</Text>
      {complaint.resolution && <Text className="line">处理结果：{complaint.resolution.note}</Text>}
      {complaint.status === 'open' && <ResolvePanel form={form} label="处理结果（投诉人可见）" />}
    </View>
  )
}
