import { Input, Text, View } from '@tarojs/components'
import type { ApiError, FieldErrors } from '@shared/api'
import type { OrgDraft, OrgDraftPatch } from '../../../features/admin/orgDrafts'
import { ActionButton } from '../../../components/ActionButton'
import { Field } from '../../../components/Field'
import { WriteError } from './WriteError'

/** The form for a department (name, order) or a window (name, number). */
export function OrgDraftForm({
  draft,
  errors,
  error,
  saving,
  onChange,
  onSave,
  onCancel,
}: {
  draft: OrgDraft
  errors: FieldErrors
  error?: ApiError
  saving: boolean
  onChange: (patch: OrgDraftPatch) => void
  onSave: () => void
  onCancel: () => void
}) {
  const title = draft.kind === 'department' ? (draft.id ? '修改部门' : '新增部门') : draft.id ? '修改窗口' : '新增窗口'
  return (
    <View className="admin-draft">
      <Text className="admin-draft__title">{title}</Text>
      {draft.kind === 'department' ? (
        <>
          <Field label="部门名称" error={errors.name}>
            <Input className="admin-input" placeholder="如：县市场监督管理局" value={draft.name} onInput={(e) => onChange({ name: e.detail.value })} />
          </Field>
          <Field label="排序（小的在前）" error={errors.order}>
            <Input className="admin-input" type="number" value={draft.order} onInput={(e) => onChange({ order: e.detail.value })} />
          </Field>
        </>
      ) : (
        <>
          <Field label="窗口名称" error={errors.name}>
            <Input className="admin-input" placeholder="如：企业开办窗口" value={draft.name} onInput={(e) => onChange({ name: e.detail.value })} />
          </Field>
          <Field label="窗口号" hint="1-8位字母或数字，如 A12" error={errors.number}>
            <Input className="admin-input" placeholder="如：A12" value={draft.number} onInput={(e) => onChange({ number: e.detail.value })} />
          </Field>
          {errors.departmentId && <Text className="line error-text">{errors.departmentId}</Text>}
        </>
      )}
      <WriteError error={error} />
      <View className="admin-actions">
        <ActionButton size="mini" className="btn-primary" disabled={saving} onClick={onSave}>
          {saving ? '正在保存…' : '保存'}
        </ActionButton>
        <ActionButton size="mini" disabled={saving} onClick={onCancel}>
          取消
        </ActionButton>
      </View>
    </View>
  )
}
