import { Textarea } from '@tarojs/components'
import { Field } from '../../components/Field'

/**
 * The reason for a time agreed outside the holiday hours or a duration over
 * half a working day (R4, R14): shown once the server asks for it
 * (`REASON_REQUIRED`, whose message says the hours or the limit), or once typed.
 */
export function ReasonField({ error, value, onInput }: { error?: string; value: string; onInput: (value: string) => void }) {
  if (error === undefined && value === '') return null
  return (
    <Field label="原因说明" error={error}>
      <Textarea className="admin-input admin-textarea" value={value} placeholder="如：申请人白天上班，双方约定傍晚办理" onInput={(e) => onInput(e.detail.value)} />
    </Field>
  )
}
