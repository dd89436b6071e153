import { Button, Text, View } from '@tarojs/components'
import { DateField } from '../../components/PickerFields'
import type { FieldErrors } from '@shared/api'
import { Field } from '../../components/Field'
import type { Period, PeriodKind } from './period'

interface Props {
  kind: PeriodKind
  onChoose: (kind: PeriodKind) => void
  custom: Period
  onCustom: (period: Period) => void
  onApply: () => void
  errors: FieldErrors
}

const CHOICES: readonly [PeriodKind, string][] = [
  ['this-month', '本月'],
  ['last-month', '上月'],
  ['custom', '自定义'],
]

/** The report's period: this month, last month, or two dates (北京时间) checked before any request. */
export function PeriodPicker({ kind, onChoose, custom, onCustom, onApply, errors }: Props) {
  return (
    <View>
      <View className="chips__row">
        {CHOICES.map(([value, label]) => (
          <View key={value} className={kind === value ? 'chip chip--on' : 'chip'} onClick={() => onChoose(value)}>
            <Text>{label}</Text>
          </View>
        ))}
      </View>
      {kind === 'custom' && (
        <View>
          <Field label="开始日期" error={errors.from}>
            <DateField className="admin-input supervision-from" value={custom.from} placeholder="点此选择开始日期" onChange={(from) => onCustom({ ...custom, from })} />
          </Field>
          <Field label="结束日期" hint="最多366天" error={errors.to}>
            <DateField className="admin-input supervision-to" value={custom.to} placeholder="点此选择结束日期" onChange={(to) => onCustom({ ...custom, to })} />
          </Field>
          <Button className="btn-primary" onClick={onApply}>
            查询
          </Button>
        </View>
      )}
    </View>
  )
}
