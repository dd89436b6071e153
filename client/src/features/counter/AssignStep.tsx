import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { Field } from '../../packages/admin/components/Field'
import { assignInput } from './counterInputs'
import { StepFrame } from './StepFrame'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

/**
 * R10: the leader names the staff who will serve. `staff.list` is for admins
 * only, so the choices are the leader themselves and the staff the window's
 * queue shows assigned; any other staff id may be typed.
 */
export function AssignStep({ appointment, reload, choices }: StepProps & { choices: { id: string; name: string }[] }) {
  const [staffId, setStaffId] = useState(appointment.assignedStaffId ?? '')
  const step = useCounterStep('assign', appointment, reload)
  return (
    <StepFrame title="分配工作人员" submitLabel="分配" {...step} onSubmit={() => void step.submit(assignInput({ staffId }))}>
      {choices.length > 0 && (
        <View className="chips__row counter-choices">
          {choices.map((s) => (
            <Text key={s.id} className={s.id === staffId ? 'chip chip--on' : 'chip'} onClick={() => setStaffId(s.id)}>
              {s.name}
            </Text>
          ))}
        </View>
      )}
      <Field label="工作人员编号" hint="可点选上方人员，或填写本窗口工作人员编号" error={step.fieldErrors.staffId}>
        <Input className="admin-input" value={staffId} placeholder="如 staff-scjg-1" onInput={(e) => setStaffId(e.detail.value)} />
      </Field>
    </StepFrame>
  )
}
