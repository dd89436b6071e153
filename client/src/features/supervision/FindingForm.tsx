import { Picker, Text, Textarea, View } from '@tarojs/components'
import { FINDING_KIND_NAMES, FINDING_KINDS, type WindowSupervision } from '@shared/supervision'
import type { CivilDate } from '@shared/time'
import { ActionButton } from '../../components/ActionButton'
import { Field } from '../../components/Field'
import { formatFullDate } from '../calendar/formatCivilDate'
import { useFindingForm } from './useFindingForm'

/** Chips wrap onto several lines: window names are long (a row of them squeezes each into a column). */
const WRAP = { display: 'flex', flexWrap: 'wrap' as const, gap: '12px' }

const CHANNELS = [
  ['12345', '12345热线'],
  ['phone', '电话'],
] as const

/**
 * 记录督查事项 (R23): buck-passing, an inspection or an upheld complaint, against a window, with its day and evidence.
 * `today` is the server's (the report's `generatedAt`), never the phone's clock.
 */
export function FindingForm({ windows, today, onSaved }: { windows: readonly WindowSupervision[]; today: CivilDate; onSaved: () => void }) {
  const form = useFindingForm(today, onSaved)
  const { draft, update, errors } = form
  return (
    <View className="card finding-form">
      <Text className="card__title">记录督查事项</Text>
      <Text className="line muted">系统看不到的情况：推诿扯皮、检查发现的问题、经核实属实的12345或电话投诉，按扣分标准计入该窗口。</Text>
      <Field label="类别" error={errors.kind}>
        <View className="chips__row" style={WRAP}>
          {FINDING_KINDS.map((kind) => (
            <Text key={kind} className={draft.kind === kind ? 'chip chip--on' : 'chip'} onClick={() => update({ kind })}>
              {FINDING_KIND_NAMES[kind]}
            </Text>
          ))}
        </View>
      </Field>
      {draft.kind === 'complaint' && (
        <Field label="投诉来源" error={errors.channel}>
          <View className="chips__row" style={WRAP}>
            {CHANNELS.map(([channel, label]) => (
              <Text key={channel} className={draft.channel === channel ? 'chip chip--on' : 'chip'} onClick={() => update({ channel })}>
                {label}
              </Text>
            ))}
          </View>
        </Field>
      )}
      <Field label="窗口" error={errors.windowId}>
        <View className="chips__row" style={WRAP}>
          {windows
            .filter((w) => w.windowNumber)
            .map((w) => (
              <Text key={w.windowId} className={draft.windowId === w.windowId ? 'chip chip--on' : 'chip'} onClick={() => update({ windowId: w.windowId })}>
                {`${w.windowNumber}号 ${w.windowName}`}
              </Text>
            ))}
        </View>
      </Field>
      <Field label="日期" error={errors.date}>
        <Picker mode="date" value={draft.date} end={today} onChange={(e) => update({ date: String(e.detail.value) })}>
          <View className="admin-input finding-date">
            <Text>{formatFullDate(draft.date)}</Text>
            <Text className="muted">（点此更改）</Text>
          </View>
        </Picker>
      </Field>
      <Field label="事实与依据" hint="写清时间、经过、核实情况，300字以内" error={errors.evidence}>
        <Textarea className="admin-input finding-evidence" value={draft.evidence} maxlength={300} placeholder="如：10时05分检查，窗口无人在岗，10时20分返回" onInput={(e) => update({ evidence: e.detail.value })} />
      </Field>
      {form.error && !Object.keys(errors).length && <Text className="line error-text">{form.error.message}</Text>}
      {form.saved && <Text className="line notice-text">已记录，已计入本期统计。</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在保存…' : '保存督查事项'}
      </ActionButton>
    </View>
  )
}
