import { Text, Textarea, View } from '@tarojs/components'
import { NOTE_MAX } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import type { useResolveForm } from './useResolveForm'

/** The note that closes a follow-up or a complaint, which the citizen will read (R20). */
export function ResolvePanel({ form, label }: { form: ReturnType<typeof useResolveForm>; label: string }) {
  return (
    <View className="section-panel">
      <FormField label={label} error={form.error}>
        <Textarea className="booking-textarea" placeholder={label} maxlength={NOTE_MAX} value={form.note} onInput={(e) => form.setNote(e.detail.value)} />
      </FormField>
      {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.resolve()}>
        {form.busy ? '正在提交…' : '办结并回复'}
      </ActionButton>
    </View>
  )
}
