import { Input, Text, View } from '@tarojs/components'
import type { ApiError, FieldErrors } from '@shared/api'
import { ROLES, ROLE_NAMES, type Role } from '@shared/org'
import { needsWindow, type StaffDraft, type WindowOption } from '../../../features/admin/staffDrafts'
import { ActionButton } from '../../../components/ActionButton'
import { Choices } from './Choices'
import { Field } from '../../../components/Field'
import { SelectField } from './SelectField'
import { WriteError } from './WriteError'

const ROLE_CHOICES = ROLES.map((r) => ({ value: r, label: ROLE_NAMES[r] }))

/** The form for a staff record: name, roles, window. */
export function StaffDraftForm({
  draft,
  windows,
  errors,
  error,
  saving,
  onChange,
  onSave,
  onCancel,
  onReload,
}: {
  draft: StaffDraft
  windows: WindowOption[]
  errors: FieldErrors
  error?: ApiError
  saving: boolean
  onChange: (patch: Partial<StaffDraft>) => void
  onSave: () => void
  onCancel: () => void
  onReload: () => void
}) {
  const options = [{ value: '', label: '不属于窗口' }, ...windows.map((w) => ({ value: w.id, label: w.label }))]
  return (
    <View className="admin-draft">
      <Text className="admin-draft__title">{draft.id ? '修改人员' : '新增人员'}</Text>
      <Field label="姓名" error={errors.name}>
        <Input className="admin-input" placeholder="工作人员姓名" value={draft.name} onInput={(e) => onChange({ name: e.detail.value })} />
      </Field>
      <Field label="角色（可多选）" error={errors.roles ?? errors['roles.0']}>
        <Choices options={ROLE_CHOICES} selected={draft.roles} onChange={(roles) => onChange({ roles: roles as Role[] })} />
      </Field>
      <Field
        label="所属窗口"
        hint={needsWindow(draft.roles) ? '窗口负责人和窗口工作人员须选择所属窗口' : undefined}
        error={errors.windowId ?? errors._}
      >
        <SelectField options={options} value={draft.windowId} placeholder="不属于窗口" onChange={(windowId) => onChange({ windowId })} />
      </Field>
      <WriteError error={error} onReload={onReload} />
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
