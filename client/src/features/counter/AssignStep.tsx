import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ErrorNotice } from '../../components/ErrorNotice'
import { Field } from '../../components/Field'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { assignInput } from './counterInputs'
import { StepFrame } from './StepFrame'
import { useCounterStep } from './useCounterStep'
import type { StepProps } from './stepProps'

const NONE_PICKED = { ok: false as const, errors: { staffId: '请点选经办人' } }

/**
 * R10: the leader picks who will serve from the window's active staff
 * (`counter` `window.staff`, their own window only); the leader may pick
 * themselves. The server checks the choice again.
 */
export function AssignStep({ appointment, reload, onDone, selfId }: StepProps & { selfId?: string }) {
  const [staffId, setStaffId] = useState(appointment.assignedStaffId ?? '')
  const staff = useCloudQuery('counter', 'window.staff')
  const picked = staff.data?.staff.find((s) => s.id === staffId)?.name
  // the success message names whom it went to (issue 16)
  const step = useCounterStep('assign', appointment, reload, onDone && ((s, answered) => onDone(s, answered, picked)))
  return (
    <StepFrame title="分配工作人员" submitLabel="分配" {...step} onSubmit={() => void step.submit(staffId ? assignInput({ staffId }) : NONE_PICKED)}>
      <Field label="经办人" hint="点选本窗口在岗人员" error={step.fieldErrors.staffId}>
        {staff.error && <ErrorNotice error={staff.error} onRetry={staff.reload} />}
        {staff.loading && !staff.data && <Text className="line muted">正在加载本窗口人员…</Text>}
        {staff.data && (
          <View className="chips__row counter-choices">
            {staff.data.staff.map((s) => (
              <Text key={s.id} className={s.id === staffId ? 'chip chip--on' : 'chip'} onClick={() => setStaffId(s.id)}>
                {s.id === selfId ? `${s.name}（本人）` : s.name}
              </Text>
            ))}
          </View>
        )}
      </Field>
    </StepFrame>
  )
}
