import { Text, View } from '@tarojs/components'
import { reviewResolveSchema, type ReviewsAnswer } from '@shared/feedback'
import { useMemo } from 'react'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { appointmentLine } from './appointmentLine'
import { deadlineText } from './deadlineText'
import { ResolvePanel } from './ResolvePanel'
import { useResolveForm } from './useResolveForm'

type Entry = ReviewsAnswer['items'][number]

/** One review for the section: level, comment, the appointment, and for a bad one its deadline and the note that closes it (R20). */
export function FollowUpCard({ entry, names, onDone }: { entry: Entry; names: ReadonlyMap<string, string>; onDone: () => void }) {
  const { review, appointment } = entry
  const target = useMemo(() => ({ appointmentId: review.appointmentId, version: review.version }), [review.appointmentId, review.version])
  const form = useResolveForm('reviews.resolve', reviewResolveSchema, target, onDone)
  const { followUp } = review
  return (
    <View className="card section-entry">
      <View className="section-entry__head">
        <Text className="card__title">{review.levelText}</Text>
        {followUp?.overdue && <Text className="badge section-badge--overdue">已超期</Text>}
      </View>
      {appointment && <Text className="line">{appointmentLine(appointment, names)}</Text>}
      {review.comment && <Text className="line">意见：{review.comment}</Text>}
      <Text className="line muted">评价时间：{formatBeijingTime(review.at)}</Text>
      {followUp && <Text className="line">{deadlineText(followUp)}</Text>}
      {followUp?.note && <Text className="line">跟进情况：{followUp.note}</Text>}
      {followUp && followUp.resolvedAt === undefined && <ResolvePanel form={form} label="跟进情况（申请人可见）" />}
    </View>
  )
}
