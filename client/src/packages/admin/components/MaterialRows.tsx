import { Input, Text, View } from '@tarojs/components'
import type { FieldErrors } from '@shared/api'
import { ITEM_LIMITS, MATERIAL_FORM_NAMES, type MaterialForm } from '@shared/items'
import { addMaterial, moveMaterial, removeMaterial, updateMaterial, type ItemForm } from '../../../features/admin/itemForm'
import { ActionButton } from '../../../components/ActionButton'
import { FieldError } from '../../../components/FieldError'
import { SelectField } from './SelectField'

const FORMS = (Object.keys(MATERIAL_FORM_NAMES) as MaterialForm[]).map((f) => ({ value: f, label: MATERIAL_FORM_NAMES[f] }))

/** The materials to bring (一次性告知, R11): rows to add, fill, reorder and remove. */
export function MaterialRows({ form, errors, change }: { form: ItemForm; errors: FieldErrors; change: (edit: (form: ItemForm) => ItemForm) => void }) {
  const last = form.materials.length - 1
  return (
    <View>
      {form.materials.length === 0 && <Text className="line muted">尚未添加材料</Text>}
      {form.materials.map((row, i) => {
        const err = (field: string) => errors[`materials.${i}.${field}`] ?? (field === 'name' ? errors[`materials.${i}`] : undefined)
        return (
          <View className="admin-material" key={row.key}>
            <Text className="admin-material__title">材料 {i + 1}</Text>
            <Input
              className="admin-input"
              placeholder="材料名称，如：居民身份证"
              value={row.name}
              maxlength={ITEM_LIMITS.materialName}
              onInput={(e) => change((f) => updateMaterial(f, i, { name: e.detail.value }))}
            />
            <FieldError message={err('name')} />
            <View className="admin-material__line">
              <Input
                className="admin-input admin-material__copies"
                type="number"
                placeholder="份数"
                value={row.copies}
                onInput={(e) => change((f) => updateMaterial(f, i, { copies: e.detail.value }))}
              />
              <Text>份</Text>
              <View className="admin-material__form">
                <SelectField options={FORMS} value={row.form} placeholder="原件或复印件" onChange={(v) => change((f) => updateMaterial(f, i, { form: v as MaterialForm }))} />
              </View>
            </View>
            <FieldError message={err('copies')} />
            <FieldError message={err('form')} />
            <Input
              className="admin-input"
              placeholder="说明（选填）"
              value={row.note}
              maxlength={ITEM_LIMITS.materialNote}
              onInput={(e) => change((f) => updateMaterial(f, i, { note: e.detail.value }))}
            />
            <FieldError message={err('note')} />
            <View className="admin-actions">
              <ActionButton size="mini" disabled={i === 0} onClick={() => change((f) => moveMaterial(f, i, -1))}>
                上移
              </ActionButton>
              <ActionButton size="mini" disabled={i === last} onClick={() => change((f) => moveMaterial(f, i, 1))}>
                下移
              </ActionButton>
              <ActionButton size="mini" className="admin-danger-text" onClick={() => change((f) => removeMaterial(f, i))}>
                删除
              </ActionButton>
            </View>
          </View>
        )
      })}
      <FieldError message={errors.materials} />
      <ActionButton size="mini" disabled={form.materials.length >= ITEM_LIMITS.materials} onClick={() => change(addMaterial)}>
        添加材料
      </ActionButton>
    </View>
  )
}
