import { Text, View } from '@tarojs/components'
import type { InboxEntry } from '@shared/appointments'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import { useSplitForm } from './useSplitForm'

/**
 * R14: a waiting request of several items may be split into two
 * appointments; the section picks the items that move to the second. Offered
 * first when the items add up to more than half a working day.
 */
export function SplitPanel({ entry, onDone }: { entry: InboxEntry; onDone: () => void }) {
  const form = useSplitForm(entry, onDone)
  if (entry.items.length < 2) return null
  if (!form.open) {
    return (
      <ActionButton className={entry.overHalfDay ? 'btn-primary' : 'btn-secondary'} onClick={() => form.setOpen(true)}>
        拆分为两次预约
      </ActionButton>
    )
  }
  return (
    <View className="section-panel">
      <FormField label="移到另一次预约的事项" error={form.errors.itemIds}>
        <View className="chips__row">
          {entry.items.map((item) => (
            <Text key={item.id} className={form.moving.includes(item.id) ? 'chip chip--on' : 'chip'} onClick={() => form.toggle(item.id)}>
              {item.name}
            </Text>
          ))}
        </View>
      </FormField>
      <Text className="line muted">两次预约申请人相同，分别派单办理</Text>
      {form.refusal && !form.errors.itemIds && <Text className="line error-text">{form.refusal.message}</Text>}
      <View className="section-actions">
        <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
          {form.busy ? '正在拆分…' : '确认拆分'}
        </ActionButton>
        <ActionButton className="btn-secondary" disabled={form.busy} onClick={() => form.setOpen(false)}>
          不拆分
        </ActionButton>
      </View>
    </View>
  )
}
