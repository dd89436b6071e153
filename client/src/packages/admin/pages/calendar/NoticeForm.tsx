import { Input, Text, Textarea, View } from '@tarojs/components'
import type { FieldErrors } from '@shared/api'
import { ActionButton } from '../../../../components/ActionButton'
import { Field } from '../../../../components/Field'

const NOTICE_MAX_LENGTH = 20_000

/** "粘贴通知": the year and the text of the State Council's notice, to read into a draft. */
export function NoticeForm(props: {
  notice: { year: string; text: string }
  errors: FieldErrors
  busy: boolean
  onChange: (patch: { year?: string; text?: string }) => void
  onParse: () => void
}) {
  const { notice, errors, busy } = props
  return (
    <View className="card">
      <Text className="card__title">粘贴通知</Text>
      <Text className="line muted">粘贴国务院办公厅关于某年部分节假日安排的通知全文，识别后请逐项核对再保存。</Text>
      <Field label="年份" error={errors.year}>
        <Input
          className="admin-input"
          type="number"
          maxlength={4}
          placeholder="例如 2027"
          value={notice.year}
          onInput={(e) => props.onChange({ year: e.detail.value })}
        />
      </Field>
      <Field label="通知全文" error={errors.text}>
        <Textarea
          className="admin-input admin-textarea calendar-notice"
          maxlength={NOTICE_MAX_LENGTH}
          placeholder="国务院办公厅关于……年部分节假日安排的通知……"
          value={notice.text}
          onInput={(e) => props.onChange({ text: e.detail.value })}
        />
      </Field>
      <ActionButton className="btn-primary" disabled={busy} onClick={props.onParse}>
        {busy ? '正在识别…' : '识别通知'}
      </ActionButton>
    </View>
  )
}
