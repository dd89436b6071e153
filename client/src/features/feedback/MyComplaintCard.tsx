import { Text, View } from '@tarojs/components'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import type { ComplaintView } from '@shared/feedback'

/** One of my complaints and its outcome (R20). */
export function MyComplaintCard({ complaint, about }: { complaint: ComplaintView; about?: string }) {
  return (
    <View className="card">
      <View className="section-entry__head">
        <Text className="line muted">{formatBeijingTime(complaint.at)} 提交</Text>
        <Text className="badge">{complaint.statusText}</Text>
      </View>
      {about && <Text className="line muted">涉及预约：{about}</Text>}
      <Text className="line">{complaint.text}</Text>
      {complaint.resolution ? (
        <Text className="line">处理结果：{complaint.resolution.note}</Text>
      ) : (
        <Text className="line muted">将于 {formatBeijingTime(complaint.dueAt)} 前答复</Text>
      )}
    </View>
  )
}
