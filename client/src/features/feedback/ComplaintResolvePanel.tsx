import { Text, Textarea, View } from '@tarojs/components'
import { NOTE_MAX } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import type { useComplaintResolve } from './useComplaintResolve'

/** What closes a complaint (R20): the outcome, upheld or not, and for a phone or 12345 complaint the call back. */
export function ComplaintResolvePanel({ form }: { form: ReturnType<typeof useComplaintResolve> }) {
  const { errors } = form
  const noteLabel = form.byCall ? '处理结果（回电时告知投诉人）' : '处理结果（投诉人可见）'
  return (
    <View className="section-panel">
      <FormField label="是否属实" error={errors.upheld}>
        <View className="chips__row">
          <Text className={form.upheld === true ? 'chip chip--on' : 'chip'} onClick={() => form.setUpheld(true)}>
            属实（计入窗口督查）
          </Text>
          <Text className={form.upheld === false ? 'chip chip--on' : 'chip'} onClick={() => form.setUpheld(false)}>
            不属实
          </Text>
        </View>
      </FormField>
      <FormField label={noteLabel} error={errors.note}>
        <Textarea className="booking-textarea" placeholder={noteLabel} maxlength={NOTE_MAX} value={form.note} onInput={(e) => form.setNote(e.detail.value)} />
      </FormField>
      {form.byCall && (
        <FormField label="告知投诉人" error={errors.calledBack}>
          <Text className="line muted">暂不能发送短信，请按上方电话回电告知处理结果后勾选。</Text>
          <Text className={form.calledBack ? 'chip chip--on' : 'chip'} onClick={() => form.setCalledBack(!form.calledBack)}>
            {form.calledBack ? '✓ 已回电告知' : '已回电告知'}
          </Text>
        </FormField>
      )}
      {form.refusal && !Object.keys(errors).length && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.resolve()}>
        {form.busy ? '正在提交…' : form.byCall ? '办结' : '办结并回复'}
      </ActionButton>
    </View>
  )
}
