import { Input, Text, Textarea, View } from '@tarojs/components'
import Taro, { useRouter } from '@tarojs/taro'
import { ITEM_LIMITS, MAX_HANDLING_MINUTES, SERVICE_MODE_NAMES, type ServiceMode } from '@shared/items'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Page } from '../../../../components/Page'
import { confirmAction } from '../../../../features/admin/confirmAction'
import { setAssistingDepartments, setLeadDepartment } from '../../../../features/admin/itemForm'
import { useItemEditor } from '../../../../features/admin/useItemEditor'
import { useLargeText } from '../../../../features/settings/useLargeText'
import { ActionButton } from '../../../../components/ActionButton'
import { Choices } from '../../components/Choices'
import { Field } from '../../../../components/Field'
import { FieldError } from '../../../../components/FieldError'
import { ItemGuideFields } from '../../components/ItemGuideFields'
import { MaterialRows } from '../../components/MaterialRows'
import { SelectField } from '../../components/SelectField'
import { WriteError } from '../../components/WriteError'

const MODES = (Object.keys(SERVICE_MODE_NAMES) as ServiceMode[]).map((m) => ({ value: m, label: SERVICE_MODE_NAMES[m] }))

/** Creates or edits one item of the list and its guide (R1, R13, R14). */
export default function ItemEditPage() {
  const { largeText } = useLargeText()
  const id = useRouter().params.id || undefined
  const editor = useItemEditor(id)
  const { form, errors, change } = editor

  if (editor.loadError) {
    return (
      <Page largeText={largeText}>
        <ErrorNotice error={editor.loadError} onRetry={() => void editor.reload()} />
      </Page>
    )
  }
  if (editor.loading) {
    return (
      <Page largeText={largeText}>
        <Text className="line muted">正在加载…</Text>
      </Page>
    )
  }

  const departments = editor.departments.map((d) => ({ value: d.id, label: d.name }))
  const save = async () => {
    const item = await editor.save()
    if (item) void Taro.showToast({ title: '已保存', icon: 'success' })
  }
  const archive = async () => {
    if (!(await confirmAction('停用事项', `停用后“${form.name}”将从事项清单中撤下，群众不能再预约。确定停用吗？`, '停用'))) return
    if (await editor.archive()) void Taro.showToast({ title: '已停用', icon: 'success' })
  }

  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">{editor.isNew ? '新增事项' : '编辑事项'}</Text>
        {editor.saved && !editor.saved.active && <Text className="admin-tag admin-tag--archived">已停用</Text>}
        {editor.saved?.example && <Text className="admin-tag">示例数据</Text>}
      </View>

      {editor.departmentsError && <ErrorNotice error={editor.departmentsError} onRetry={editor.reloadDepartments} />}

      <View className="card">
        <Field label="事项名称" error={errors.name}>
          <Input className="admin-input" placeholder="如：个体工商户设立登记" value={form.name} maxlength={ITEM_LIMITS.name} onInput={(e) => change((f) => ({ ...f, name: e.detail.value }))} />
        </Field>
        <Field label="主办部门" error={errors.departmentId}>
          <SelectField options={departments} value={form.departmentId} placeholder="请选择主办部门" onChange={(v) => change((f) => setLeadDepartment(f, v))} />
        </Field>
        <Field label="配合部门（并联办理，可多选）" error={errors.assistingDepartmentIds ?? errors['assistingDepartmentIds.0']}>
          <Choices
            options={departments.filter((d) => d.value !== form.departmentId)}
            selected={form.assistingDepartmentIds}
            onChange={(ids) => change((f) => setAssistingDepartments(f, ids))}
          />
        </Field>
      </View>

      <View className="card">
        <Text className="card__title">所需材料</Text>
        <MaterialRows form={form} errors={errors} change={change} />
      </View>

      <View className="card">
        <Field label="注意事项" error={errors.notes}>
          <Textarea
            className="admin-input admin-textarea"
            placeholder="办理前需要知道的事（选填）"
            value={form.notes}
            maxlength={ITEM_LIMITS.notes}
            onInput={(e) => change((f) => ({ ...f, notes: e.detail.value }))}
          />
        </Field>
        <Field label="服务方式" error={errors.modes ?? errors['modes.0'] ?? errors['modes.1']}>
          <Choices options={MODES} selected={form.modes} onChange={(modes) => change((f) => ({ ...f, modes: modes as ServiceMode[] }))} />
        </Field>
        <Field label="预计办理时长（分钟）" hint={`单次办理不超过半个工作日，即${MAX_HANDLING_MINUTES}分钟`} error={errors.estimatedMinutes}>
          <Input className="admin-input" type="number" value={form.estimatedMinutes} onInput={(e) => change((f) => ({ ...f, estimatedMinutes: e.detail.value }))} />
        </Field>
      </View>

      <ItemGuideFields form={form} errors={errors} change={change} />

      <View className="card">
        {errors._ ? <FieldError message={errors._} /> : Object.keys(errors).length > 0 && <FieldError message="请按提示修改后再保存" />}
        <WriteError error={editor.error} onReload={() => void editor.reload()} />
        <ActionButton className="btn-primary" disabled={editor.saving} onClick={() => void save()}>
          {editor.saving ? '正在保存…' : '保存'}
        </ActionButton>
        {editor.saved?.active && (
          <ActionButton className="admin-danger" disabled={editor.saving} onClick={() => void archive()}>
            停用事项
          </ActionButton>
        )}
      </View>
    </Page>
  )
}
