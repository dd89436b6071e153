import { Input, Text, View } from '@tarojs/components'
import { DateField, TimeField } from '../../components/PickerFields'
import { Field } from '../../components/Field'
import { ActionButton } from '../../components/ActionButton'
import { formatMinutes } from './formatMinutes'
import { APPROVER_NAMES, type CoverCandidate, type LeaveApprover } from '@shared/time-bank'
import type { LeaveForm } from './leaveForm'
import { CoverChoices } from './CoverChoices'

/** The compensatory leave form (调休, R24): a working day, a span, the colleague who covers, a reason. */
export function LeaveFormCard({
  form,
  available,
  colleagues,
  fieldErrors,
  busy,
  sent,
  onChange,
  onSubmit,
}: {
  form: LeaveForm
  available: number
  colleagues: CoverCandidate[]
  fieldErrors: Record<string, string>
  busy: boolean
  sent: LeaveApprover | null
  onChange: (patch: Partial<LeaveForm>) => void
  onSubmit: () => void
}) {
  return (
    <View className="card counter-step">
      <Text className="card__title">申请调休</Text>
      <Text className="line muted">{`可申请 ${formatMinutes(available)}（余额减去尚未审批、未过期的申请）。调休安排在工作日，午休时间不计。`}</Text>
      <Field label="调休日期" error={fieldErrors.date}>
        <DateField className="admin-input leave-date" value={form.date} placeholder="点此选择调休日期" onChange={(date) => onChange({ date })} />
      </Field>
      <Field label="开始时间" error={fieldErrors.start}>
        <TimeField className="admin-input leave-start" value={form.start} placeholder="点此选择开始时间" start="08:00" end="18:00" onChange={(start) => onChange({ start })} />
      </Field>
      <Field label="结束时间" error={fieldErrors.end ?? fieldErrors.hours}>
        <TimeField className="admin-input leave-end" value={form.end} placeholder="点此选择结束时间" start="08:00" end="18:00" onChange={(end) => onChange({ end })} />
      </Field>
      <Field label="顶岗同事" hint="可选本窗口、本部门其他窗口的同事；其他窗口的同事顶岗须经管理科审批" error={fieldErrors.coverStaffId}>
        <CoverChoices colleagues={colleagues} chosen={form.coverStaffId} onChoose={(coverStaffId) => onChange({ coverStaffId })} />
      </Field>
      <Field label="调休事由" error={fieldErrors.reason}>
        <Input className="admin-input" value={form.reason} placeholder="如 家中有事" onInput={(e) => onChange({ reason: e.detail.value })} />
      </Field>
      {sent && <Text className="line notice-text">{`已提交，等待${APPROVER_NAMES[sent]}审批。`}</Text>}
      <ActionButton className="btn-primary" disabled={busy} onClick={onSubmit}>
        {busy ? '正在提交…' : '提交调休申请'}
      </ActionButton>
    </View>
  )
}
