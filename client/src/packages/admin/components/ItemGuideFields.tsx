import { Input, Text, Textarea, View } from '@tarojs/components'
import type { FieldErrors } from '@shared/api'
import { DELIVERY_METHOD_NAMES, ITEM_LIMITS, type DeliveryMethod } from '@shared/items'
import type { ItemForm } from '../../../features/admin/itemForm'
import { Field } from '../../../components/Field'
import { Choices } from './Choices'

const DELIVERY = (Object.keys(DELIVERY_METHOD_NAMES) as DeliveryMethod[]).map((d) => ({ value: d, label: DELIVERY_METHOD_NAMES[d] }))

interface Props {
  form: ItemForm
  errors: FieldErrors
  change: (edit: (form: ItemForm) => ItemForm) => void
}

/**
 * The guide beyond the materials (一次性告知, R1): conditions, fee, the legal and
 * promised limits, where in the hall, how the result is delivered, the phone.
 * A field left empty reads 请咨询 on the item page.
 */
export function ItemGuideFields({ form, errors, change }: Props) {
  const text = (key: 'fee' | 'legalDays' | 'promisedDays' | 'location' | 'phone') => (e: { detail: { value: string } }) =>
    change((f) => ({ ...f, [key]: e.detail.value }))
  return (
    <View className="card">
      <Text className="card__title">办事指南（一次性告知）</Text>
      <Text className="line muted">留空的项目，群众看到的是“请咨询”和咨询电话。</Text>
      <Field label="受理条件" error={errors.conditions}>
        <Textarea
          className="admin-input admin-textarea"
          placeholder="谁可以申请、需满足什么条件（选填）"
          value={form.conditions}
          maxlength={ITEM_LIMITS.conditions}
          onInput={(e) => change((f) => ({ ...f, conditions: e.detail.value }))}
        />
      </Field>
      <Field label="收费标准" hint="不收费的请填写“不收费”" error={errors.fee}>
        <Input className="admin-input" placeholder="如：不收费" value={form.fee} maxlength={ITEM_LIMITS.fee} onInput={text('fee')} />
      </Field>
      <Field label="法定办结时限（工作日）" hint="当场办结的即办件填0" error={errors.legalDays}>
        <Input className="admin-input" type="number" placeholder="如：20" value={form.legalDays} onInput={text('legalDays')} />
      </Field>
      <Field label="承诺办结时限（工作日）" hint="不超过法定办结时限；即办件填0" error={errors.promisedDays}>
        <Input className="admin-input" type="number" placeholder="如：5" value={form.promisedDays} onInput={text('promisedDays')} />
      </Field>
      <Field label="办理地点（楼层、区域）" hint="窗口按主办部门自动列出，这里填写所在楼层和区域" error={errors.location}>
        <Input className="admin-input" placeholder="如：二楼东区" value={form.location} maxlength={ITEM_LIMITS.location} onInput={text('location')} />
      </Field>
      <Field label="结果送达方式（可多选）" error={errors.delivery ?? errors['delivery.0']}>
        <Choices options={DELIVERY} selected={form.delivery} onChange={(ways) => change((f) => ({ ...f, delivery: ways as DeliveryMethod[] }))} />
      </Field>
      {/* A text keyboard: a landline is written with its dash (0533-3618121), which a number keyboard lacks. */}
      <Field label="咨询电话" hint="不填时显示政务服务中心电话 0533-3618118" error={errors.phone}>
        <Input className="admin-input" type="text" placeholder="如：0533-3618121" value={form.phone} maxlength={13} onInput={text('phone')} />
      </Field>
    </View>
  )
}
