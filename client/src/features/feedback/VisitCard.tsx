import { Text, Textarea, View } from '@tarojs/components'
import { NOTE_MAX, VISIT_HOW_NAMES, VISIT_HOWS, type PendingVisitsAnswer } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { appointmentLine } from './appointmentLine'
import { LevelChoices } from './LevelChoices'
import { useVisitForm } from './useVisitForm'

type Entry = PendingVisitsAnswer['items'][number]

/** A completed appointment awaiting its return visit (回访, R20), and the form to record one. */
export function VisitCard({ entry, names, onDone }: { entry: Entry; names: ReadonlyMap<string, string>; onDone: () => void }) {
  const { appointment, review } = entry
  const form = useVisitForm(appointment.id, onDone)
  return (
    <View className="card section-entry">
      <Text className="line">{appointmentLine(appointment, names)}</Text>
      <Text className="line muted">
        {appointment.statusText} · {review ? `群众评价：${review.levelText}` : '群众未评价'}
      </Text>
      <View className="section-panel">
        <FormField label="回访方式">
          <View className="chips__row">
            {VISIT_HOWS.map((how) => (
              <Text key={how} className={how === form.how ? 'chip chip--on' : 'chip'} onClick={() => form.setHow(how)}>
                {VISIT_HOW_NAMES[how]}
              </Text>
            ))}
          </View>
        </FormField>
        <FormField label="群众反映的满意程度（选填）" error={form.errors.satisfaction}>
          <LevelChoices value={form.satisfaction} onChange={form.setSatisfaction} />
        </FormField>
        <FormField label="回访记录" error={form.errors.note}>
          <Textarea className="booking-textarea" placeholder="回访记录" maxlength={NOTE_MAX} value={form.note} onInput={(e) => form.setNote(e.detail.value)} />
        </FormField>
        {form.refusal && <Text className="line error-text">{form.refusal.message}</Text>}
        <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.record()}>
          {form.busy ? '正在保存…' : '记录回访'}
        </ActionButton>
      </View>
    </View>
  )
}
