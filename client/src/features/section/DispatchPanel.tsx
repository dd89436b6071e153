import { Text, View } from '@tarojs/components'
import type { ServiceWindow } from '@shared/org'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { dispatchSuccess } from './dispatchSuccess'
import type { DispatchWindows } from './dispatchWindows'
import { useDispatchForm } from './useDispatchForm'
import type { InboxEntry } from '@shared/appointments'

const windowLabel = (w: ServiceWindow) => `${w.number}号窗口 ${w.name}`

/** The dispatch form of one waiting request (派单, R9, R13): one lead window, any assisting windows; `onDone` gets the success message. */
export function DispatchPanel({ entry, windows, onDone }: { entry: InboxEntry; windows: DispatchWindows; onDone: (message: string) => void }) {
  const form = useDispatchForm(entry, (sent) => {
    const label = (id: string) => {
      const w = [...windows.lead, ...windows.assisting].find((x) => x.id === id)
      return w ? windowLabel(w) : '所选窗口'
    }
    onDone(dispatchSuccess(label(sent.leadWindowId), sent.assistingWindowIds.map(label)))
  })
  const assistingError = Object.entries(form.errors).find(([field]) => field.startsWith('assistingWindowIds'))?.[1]
  return (
    <View className="section-panel">
      <FormField label="主办窗口" error={form.errors.leadWindowId}>
        <View className="chips__row">
          {windows.lead.length === 0 && <Text className="line muted">主办部门没有窗口，请先在部门与窗口中添加</Text>}
          {windows.lead.map((w) => (
            <Text key={w.id} className={w.id === form.leadWindowId ? 'chip chip--on' : 'chip'} onClick={() => form.setLeadWindowId(w.id)}>
              {windowLabel(w)}
            </Text>
          ))}
        </View>
      </FormField>
      {windows.assisting.length > 0 && (
        <FormField label="配合窗口（选填）" error={assistingError}>
          <View className="chips__row">
            {windows.assisting.map((w) => (
              <Text key={w.id} className={form.assisting.includes(w.id) ? 'chip chip--on' : 'chip'} onClick={() => form.toggleAssisting(w.id)}>
                {windowLabel(w)}
              </Text>
            ))}
          </View>
        </FormField>
      )}
      {form.refusal && !form.errors.leadWindowId && !assistingError && <Text className="line error-text">{form.refusal.message}</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在派单…' : '派单'}
      </ActionButton>
    </View>
  )
}
