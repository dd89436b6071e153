import { Text, View } from '@tarojs/components'
import type { PropsWithChildren } from 'react'
import type { ApiError } from '@shared/api'
import { ActionButton } from '../../components/ActionButton'

/**
 * One step's small form: its fields, one button that is disabled while the
 * write runs (a double tap does nothing), and the server's answer in Chinese
 * beside it. `primary` marks the screen's main step (确认预约).
 */
export function StepFrame({
  title,
  submitLabel,
  busy,
  error,
  notice,
  onSubmit,
  primary,
  children,
}: PropsWithChildren<{ title: string; submitLabel: string; busy: boolean; error?: ApiError; notice?: string; onSubmit: () => void; primary?: boolean }>) {
  return (
    <View className="card counter-step">
      <Text className="card__title">{title}</Text>
      {children}
      {notice && <Text className="line notice-text">{notice}</Text>}
      {error && <Text className="line error-text">{error.message}</Text>}
      <ActionButton className={primary ? 'counter-step__submit btn-primary' : 'counter-step__submit'} disabled={busy} onClick={onSubmit}>
        {busy ? '正在提交…' : submitLabel}
      </ActionButton>
    </View>
  )
}

/** A tappable row with a checkbox; the tap toggles it (Taro's Checkbox alone cannot be controlled). */
export function CheckRow({ label, checked, onToggle }: { label: string; checked: boolean; onToggle: () => void }) {
  return (
    <View className="counter-check" onClick={onToggle}>
      <Text className="counter-check__box">{checked ? '☑' : '☐'}</Text>
      <Text className="counter-check__label">{label}</Text>
    </View>
  )
}
