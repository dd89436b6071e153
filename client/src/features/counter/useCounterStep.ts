import { useCallback, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { AppointmentView } from '@shared/appointments'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import type { StepInput } from './counterInputs'

/** The `counter` steps that write (docs/api.md). */
export type CounterStep = 'assign' | 'confirm' | 'confirmPart' | 'proposeChange' | 'forceMajeure' | 'markLate' | 'recordAttempt' | 'markNoShow' | 'start' | 'complete' | 'paperSign'

/** Told when a step succeeds, with the record the server answered (the page says where things stand next). */
export type StepDone = (step: CounterStep, answered: AppointmentView, staffName?: string) => void

/** Said when another staff member saved first: the page reloads the record. */
export const COUNTER_CONFLICT_NOTICE = '该工单已被他人更新，已重新加载，请核对后再操作'

/**
 * One step's form: its request id, made once per form so a retry is
 * answered, not repeated (and a fresh one after success, for the next
 * step); the version read; one write at a time (double taps refused). A
 * stale version (`CONFLICT`) reloads and says so; field errors, the
 * server's included, show beside their fields; other errors beside the form.
 * A success is told to `onDone` (the page's success message, issue 16).
 */
export function useCounterStep(step: CounterStep, appointment: { id: string; version: number }, reload: () => void, onDone?: StepDone) {
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({})
  const [notice, setNotice] = useState<string>()
  const action = useCloudAction()
  const { run, setError } = action

  const submit = useCallback(
    async (input: StepInput): Promise<boolean> => {
      setNotice(undefined)
      if (!input.ok) {
        setFieldErrors(input.errors)
        return false
      }
      setFieldErrors({})
      const result = await run('counter', `appointments.${step}`, {
        appointmentId: appointment.id,
        version: appointment.version,
        requestId,
        ...input.value,
      })
      if (!result) return false
      if (result.ok) {
        setRequestId(newRequestId())
        onDone?.(step, result.data.appointment)
        reload()
        return true
      }
      if (result.error.code === 'CONFLICT') {
        setError(undefined)
        setNotice(COUNTER_CONFLICT_NOTICE)
        reload()
      } else if (result.error.fields) setFieldErrors(result.error.fields)
      return false
    },
    [run, setError, step, appointment.id, appointment.version, requestId, reload, onDone],
  )

  return { busy: action.busy, error: action.error, fieldErrors, notice, submit }
}
