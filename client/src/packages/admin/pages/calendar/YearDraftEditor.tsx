import { Input, Text, View } from '@tarojs/components'
import type { ApiError, FieldErrors } from '@shared/api'
import type { HolidaySpec, YearProblem } from '@shared/calendar'
import type { YearDraft } from '../../../../features/calendar/admin/yearDraft'
import { ActionButton } from '../../../../components/ActionButton'
import { Field } from '../../../../components/Field'
import { DateField } from '../../../../components/PickerFields'
import { FieldError } from '../../../../components/FieldError'
import { WriteError } from '../../components/WriteError'

interface YearDraftEditorProps {
  draft: YearDraft
  problems: YearProblem[]
  errors: FieldErrors
  error?: ApiError
  busy: boolean
  onSource: (patch: Partial<YearDraft['source']>) => void
  onHoliday: (index: number, patch: Partial<HolidaySpec>) => void
  onAddHoliday: () => void
  onRemoveHoliday: (index: number) => void
  onMakeupDay: (index: number, date: string) => void
  onAddMakeupDay: () => void
  onRemoveMakeupDay: (index: number) => void
  onSave: () => void
  onCancel: () => void
  onReload: () => void
}

/** A year to review before saving: the source, every holiday and make-up day editable, and what needs a look. */
export function YearDraftEditor(p: YearDraftEditorProps) {
  const { draft, errors } = p
  // A year's notice names days of that year, and make-up days may fall in the weeks around it.
  const range = { start: `${draft.year - 1}-12-01`, end: `${draft.year + 1}-01-31` }
  return (
    <View className="card admin-draft">
      <Text className="admin-draft__title">
        {draft.year}年安排（{draft.version === 0 ? '首次保存' : `基于第${draft.version}版修改`}）
      </Text>
      {draft.warnings.length > 0 && (
        <View className="notice notice--warn">
          <Text className="line">识别提示，请核对：</Text>
          {draft.warnings.map((w) => (
            <Text className="line" key={w}>
              · {w}
            </Text>
          ))}
        </View>
      )}
      {p.problems.length > 0 && (
        <View className="notice notice--warn">
          <Text className="line error-text">保存前须处理的问题：</Text>
          {p.problems.map((problem) => (
            <Text className="line error-text" key={`${problem.field}-${problem.message}`}>
              · {problem.message}
            </Text>
          ))}
        </View>
      )}
      <Field label="通知标题" error={errors['source.title']}>
        <Input className="admin-input" maxlength={100} value={draft.source.title} onInput={(e) => p.onSource({ title: e.detail.value })} />
      </Field>
      <Field label="文号" error={errors['source.docNumber']}>
        <Input className="admin-input" maxlength={40} value={draft.source.docNumber} onInput={(e) => p.onSource({ docNumber: e.detail.value })} />
      </Field>
      <Field label="发布日期" hint="可不填" error={errors['source.publishedOn']}>
        <DateField className="admin-input calendar-published" value={draft.source.publishedOn} placeholder="点此选择发布日期" start={`${draft.year - 2}-01-01`} end={`${draft.year}-12-31`} onChange={(publishedOn) => p.onSource({ publishedOn })} />
      </Field>

      <Text className="admin-field__label">放假（含与周末连休的日子）</Text>
      <FieldError message={errors.holidays} />
      {draft.holidays.map((h, i) => (
        <View className="calendar-draft-row" key={i}>
          <Input className="admin-input" maxlength={20} placeholder="节日名称" value={h.name} onInput={(e) => p.onHoliday(i, { name: e.detail.value })} />
          <FieldError message={errors[`holidays.${i}.name`]} />
          <View className="admin-row">
            <DateField className="admin-input calendar-holiday-start" value={h.start} placeholder="开始日期" start={range.start} end={range.end} onChange={(start) => p.onHoliday(i, { start })} />
            <Text>至</Text>
            <DateField className="admin-input calendar-holiday-end" value={h.end} placeholder="结束日期" start={range.start} end={range.end} onChange={(end) => p.onHoliday(i, { end })} />
          </View>
          <FieldError message={errors[`holidays.${i}.start`]} />
          <FieldError message={errors[`holidays.${i}.end`]} />
          <ActionButton size="mini" className="admin-danger-text" onClick={() => p.onRemoveHoliday(i)}>
            删除此节日
          </ActionButton>
        </View>
      ))}
      <ActionButton size="mini" onClick={p.onAddHoliday}>
        添加节日
      </ActionButton>

      <Text className="admin-field__label">调休上班（周六、周日上班的日子）</Text>
      <FieldError message={errors.makeupDays} />
      {draft.makeupDays.map((d, i) => (
        <View className="calendar-draft-row" key={i}>
          <View className="admin-row">
            <DateField className="admin-input calendar-makeup" value={d} placeholder="点此选择日期" start={range.start} end={range.end} onChange={(date) => p.onMakeupDay(i, date)} />
            <ActionButton size="mini" className="admin-danger-text" onClick={() => p.onRemoveMakeupDay(i)}>
              删除
            </ActionButton>
          </View>
          <FieldError message={errors[`makeupDays.${i}`]} />
        </View>
      ))}
      <ActionButton size="mini" onClick={p.onAddMakeupDay}>
        添加调休上班日
      </ActionButton>

      <WriteError error={p.error} onReload={p.onReload} />
      <View className="admin-actions">
        <ActionButton className="btn-primary" disabled={p.busy} onClick={p.onSave}>
          {p.busy ? '正在保存…' : '保存'}
        </ActionButton>
        <ActionButton size="mini" onClick={p.onCancel}>
          取消
        </ActionButton>
      </View>
    </View>
  )
}
