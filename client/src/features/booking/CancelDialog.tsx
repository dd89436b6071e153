import { Text, Textarea, View } from '@tarojs/components'
import { ActionButton } from '../../components/ActionButton'
import { COMMON_CANCEL_REASONS } from './cancelReason'

interface Props {
  chosen?: string
  onChoose: (reason: string | undefined) => void
  typed: string
  onType: (text: string) => void
  error?: string
  busy: boolean
  onKeep: () => void
  onConfirm: () => void
}

/**
 * Cancelling an appointment (R15), in words that cannot be misread: 不取消
 * keeps it, 确认取消 cancels it. A common reason is one tap; anything else,
 * or more, is typed.
 */
export function CancelDialog({ chosen, onChoose, typed, onType, error, busy, onKeep, onConfirm }: Props) {
  return (
    <View className="dialog-mask">
      <View className="dialog" role="dialog" aria-label="取消预约">
        <Text className="card__title">确定取消这次预约吗？</Text>
        <Text className="line muted">取消后名额将让给他人；如需办理，可重新预约。</Text>
        <Text className="booking-field__label">取消原因（点选或填写）</Text>
        <View className="chips__row dialog__chips">
          {COMMON_CANCEL_REASONS.map((reason) => (
            <Text key={reason} className={reason === chosen ? 'chip chip--on' : 'chip'} onClick={() => onChoose(reason === chosen ? undefined : reason)}>
              {reason}
            </Text>
          ))}
        </View>
        <Textarea className="booking-textarea" placeholder="其他原因或补充说明（选填）" maxlength={60} value={typed} onInput={(e) => onType(e.detail.value)} />
        {error && <Text className="line error-text">{error}</Text>}
        <View className="dialog__actions">
          <ActionButton className="btn-secondary" disabled={busy} onClick={onKeep}>
            不取消
          </ActionButton>
          <ActionButton className="btn-danger" disabled={busy} onClick={onConfirm}>
            {busy ? '正在取消…' : '确认取消'}
          </ActionButton>
        </View>
      </View>
    </View>
  )
}
