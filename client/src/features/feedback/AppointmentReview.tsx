import { Text, Textarea, View } from '@tarojs/components'
import { COMMENT_MAX, isReviewable, type AppointmentWithReview, type ReviewView } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { formatBeijingTime } from '../admin/formatBeijingTime'
import { LevelChoices } from './LevelChoices'
import { useReviewForm } from './useReviewForm'

/**
 * 服务评价 on the applicant's appointment page (R20): once the appointment is
 * completed, the form to rate it; after that, the review and, for a bad one,
 * the section's follow-up with its note.
 */
export function AppointmentReview({ answer, onSaved }: { answer: AppointmentWithReview; onSaved: () => void }) {
  if (answer.review) return <ReviewSummary review={answer.review} />
  if (!isReviewable(answer.appointment.status)) return null
  return <ReviewForm appointmentId={answer.appointment.id} onSaved={onSaved} />
}

function ReviewForm({ appointmentId, onSaved }: { appointmentId: string; onSaved: () => void }) {
  const form = useReviewForm(appointmentId, onSaved)
  return (
    <View className="card">
      <Text className="card__title">服务评价</Text>
      <Text className="line muted">请对这次办理作出评价，每次办理可评价一次。</Text>
      <FormField label="满意程度" error={form.errors.level}>
        <LevelChoices value={form.level} onChange={form.setLevel} />
      </FormField>
      <FormField label="意见或建议（选填）" error={form.errors.comment}>
        <Textarea
          className="booking-textarea"
          placeholder="意见或建议"
          maxlength={COMMENT_MAX}
          value={form.comment}
          onInput={(e) => form.setComment(e.detail.value)}
        />
      </FormField>
      {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在提交…' : '提交评价'}
      </ActionButton>
    </View>
  )
}

function ReviewSummary({ review }: { review: ReviewView }) {
  const { followUp } = review
  return (
    <View className="card">
      <Text className="card__title">我的评价</Text>
      <Text className="line">评价：{review.levelText}</Text>
      {review.comment && <Text className="line">意见：{review.comment}</Text>}
      <Text className="line muted">评价时间：{formatBeijingTime(review.at)}</Text>
      {followUp && !followUp.note && <Text className="line muted">管理科将在 {formatBeijingTime(followUp.dueAt)} 前联系您跟进。</Text>}
      {followUp?.note && <Text className="line">管理科回复：{followUp.note}</Text>}
    </View>
  )
}
