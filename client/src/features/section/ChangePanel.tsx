import { Text, Textarea, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { changeSentence } from './changeSentence'
import { useChangeDecision } from './useChangeDecision'
import type { InboxEntry } from '@shared/appointments'

/** A proposed change for the section to approve or reject (R16), with a note. */
export function ChangePanel({ entry, onDone }: { entry: InboxEntry; onDone: () => void }) {
  const form = useChangeDecision(entry, onDone)
  const { change } = entry.appointment
  return (
    <View className="section-panel">
      {change && <Text className="line">{changeSentence(change)}</Text>}
      <FormField label="审批意见（选填）">
        <Textarea className="booking-textarea" placeholder="审批意见" maxlength={200} value={form.note} onInput={(e) => form.setNote(e.detail.value)} />
      </FormField>
      {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
      <View className="section-actions">
        <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.decide(true)}>
          批准
        </ActionButton>
        <ActionButton className="btn-secondary" disabled={form.busy} onClick={() => void form.decide(false)}>
          驳回
        </ActionButton>
      </View>
    </View>
  )
}
