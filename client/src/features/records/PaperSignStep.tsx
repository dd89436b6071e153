import { Input, Text, Textarea } from '@tarojs/components'
import { useState } from 'react'
import { paperSignPayloadSchema } from '@shared/appointments'
import { Field } from '../../components/Field'
import { validateFields } from '../admin/validateFields'
import { CheckRow, StepFrame } from '../counter/StepFrame'
import { useCounterStep } from '../counter/useCounterStep'
import type { StepProps } from '../counter/stepProps'

/**
 * R19: the applicant signed the printed registration form. Staff type the
 * serial number printed on it (预约编号), which the server checks against this
 * appointment; it then counts as the applicant's confirmation. A
 * mini-program applicant confirms in the app unless they ask for paper.
 */
export function PaperSignStep({ appointment, reload, onDone }: StepProps) {
  const [formNo, setFormNo] = useState('')
  const [onRequest, setOnRequest] = useState(false)
  const [note, setNote] = useState('')
  const step = useCounterStep('paperSign', appointment, reload, onDone)
  const inApp = appointment.channel === 'mini-program'
  const submit = () =>
    void step.submit(validateFields(paperSignPayloadSchema, { formNo: formNo.trim(), onRequest: inApp ? onRequest : false, ...(note.trim() ? { note: note.trim() } : {}) }))
  return (
    <StepFrame title="登记纸质签字" submitLabel="确认申请人已签字" {...step} onSubmit={submit}>
      <Text className="line muted">申请人在打印的登记表上签字后，请填写登记表顶部的预约编号，核对无误即视为申请人确认办结。</Text>
      <Field label="登记表上的预约编号" hint="照纸质登记表顶部的编号填写" error={step.fieldErrors.formNo}>
        <Input className="admin-input paper-sign__no" value={formNo} onInput={(e) => setFormNo(e.detail.value)} />
      </Field>
      {inApp && (
        <>
          <CheckRow label="申请人要求在纸质登记表上签字" checked={onRequest} onToggle={() => setOnRequest((v) => !v)} />
          {step.fieldErrors.onRequest && <Text className="line error-text">{step.fieldErrors.onRequest}</Text>}
        </>
      )}
      <Field label="说明（可不填）" error={step.fieldErrors.note}>
        <Textarea className="admin-input admin-textarea" value={note} onInput={(e) => setNote(e.detail.value)} />
      </Field>
    </StepFrame>
  )
}
