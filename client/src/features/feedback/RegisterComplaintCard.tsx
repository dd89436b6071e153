import { Input, Text, Textarea, View } from '@tarojs/components'
import { COMPLAINT_MAX } from '@shared/feedback'
import { ActionButton } from '../../components/ActionButton'
import { FormField } from '../booking/FormField'
import type { useRegisterComplaint } from './useRegisterComplaint'

const CHANNELS = [
  ['phone', '电话'],
  ['12345', '12345热线'],
] as const

/** 登记电话/12345投诉 (R20): where it came from, who to call back, which window if known, what happened. */
export function RegisterComplaintCard({ form, windows }: { form: ReturnType<typeof useRegisterComplaint>; windows: readonly { id: string; label: string }[] }) {
  const { draft, update, errors } = form
  return (
    <View className="card register-complaint">
      <Text className="card__title">登记电话或12345投诉</Text>
      <Text className="line muted">来电或12345转办的投诉在此登记，与小程序投诉一样按期限处理；办结前须回电告知投诉人。</Text>
      <FormField label="投诉来源" error={errors.channel}>
        <View className="chips__row">
          {CHANNELS.map(([channel, label]) => (
            <Text key={channel} className={draft.channel === channel ? 'chip chip--on' : 'chip'} onClick={() => update({ channel })}>
              {label}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="投诉人姓名" error={errors.callerName}>
        <Input className="field" type="text" maxlength={20} placeholder="如 王先生" value={draft.callerName} onInput={(e) => update({ callerName: e.detail.value })} />
      </FormField>
      <FormField label="投诉人电话" error={errors.callerPhone}>
        <Input className="field" type="text" maxlength={13} placeholder="回电用，如 13912345678" value={draft.callerPhone} onInput={(e) => update({ callerPhone: e.detail.value })} />
      </FormField>
      <FormField label="涉及窗口（选填）" error={errors.windowId}>
        <View className="chips__row">
          {windows.map((w) => (
            <Text key={w.id} className={draft.windowId === w.id ? 'chip chip--on' : 'chip'} onClick={() => update({ windowId: draft.windowId === w.id ? '' : w.id })}>
              {w.label}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="投诉内容" error={errors.text}>
        <Textarea className="booking-textarea" placeholder="请记下时间、窗口和经过" maxlength={COMPLAINT_MAX} value={draft.text} onInput={(e) => update({ text: e.detail.value })} />
      </FormField>
      {form.refusal && !Object.keys(errors).length && <Text className="line error-text">{form.refusal.message}</Text>}
      {form.saved && <Text className="line notice-text">已登记，见下方待处理投诉。</Text>}
      <ActionButton className="btn-primary" disabled={form.busy} onClick={() => void form.submit()}>
        {form.busy ? '正在登记…' : '登记投诉'}
      </ActionButton>
    </View>
  )
}
