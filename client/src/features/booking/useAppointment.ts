import { useCallback, useMemo, useState } from 'react'
import { cancelPayloadSchema } from '@shared/appointments'
import type { InputArg } from '../../api/cloud'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { validateFields } from '../admin/validateFields'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { applicantActions } from './applicantActions'
import { cancelReason } from './cancelReason'
import { useItemsOf } from './useItemsOf'

/** The applicant's own steps (R15, R19). */
type StepName = 'appointments.cancel' | 'appointments.acknowledge'

/** Said when someone else changed the appointment since the page read it. */
export const CONFLICT_NOTICE = '预约状态已更新，已为您刷新，请查看后再操作'

/**
 * One appointment as its applicant follows it: the record, its items with
 * what to bring (R11), the lead window, and the two things the applicant may
 * do: cancel before service, in a dialog with a tapped or typed reason (R15), and confirm the completion
 * record (R19, the applicant's signature). Each write carries the version
 * read and its own request id; a stale version (`CONFLICT`) reloads.
 */
export function useAppointment(id: string) {
  const query = useCloudQuery('booking', 'appointments.get', { appointmentId: id })
  const appointment = query.data?.appointment
  const items = useItemsOf(appointment?.itemIds)
  const actions = appointment ? applicantActions(appointment.status) : []
  const leadWindow = useMemo(
    () => items.flatMap((i) => i.windows).find((w) => w.id === appointment?.leadWindowId),
    [items, appointment?.leadWindowId],
  )
  const [cancelling, setCancelling] = useState(false)
  const [chosenReason, setChosenReason] = useState<string>()
  const [typedReason, setTypedReason] = useState('')
  const [reasonError, setReasonError] = useState<string>()
  const [notice, setNotice] = useState<string>()
  const [cancelId] = useState(() => newRequestId())
  const [acknowledgeId] = useState(() => newRequestId())
  const action = useCloudAction()

  const write = useCallback(
    async (name: StepName, input: InputArg<'booking', StepName>[0]) => {
      setNotice(undefined)
      const result = await action.run('booking', name, input)
      if (!result) return false
      if (result.ok || result.error.code === 'CONFLICT') query.reload()
      if (!result.ok && result.error.code === 'CONFLICT') {
        action.setError(undefined)
        setNotice(CONFLICT_NOTICE)
      }
      return result.ok || result.error.code === 'CONFLICT'
    },
    [action, query],
  )

  const openCancel = useCallback(() => {
    setReasonError(undefined)
    setCancelling(true)
  }, [])
  const keep = useCallback(() => setCancelling(false), [])

  const cancel = useCallback(async () => {
    if (!appointment) return
    const checked = validateFields(cancelPayloadSchema, { reason: cancelReason(chosenReason, typedReason) })
    if (!checked.ok) {
      setReasonError(checked.errors.reason === '请填写取消原因' ? '请点选或填写取消原因' : checked.errors.reason)
      return
    }
    setReasonError(undefined)
    const closed = await write('appointments.cancel', { appointmentId: appointment.id, version: appointment.version, requestId: cancelId, reason: checked.value.reason })
    if (closed) setCancelling(false)
  }, [appointment, chosenReason, typedReason, cancelId, write])

  const acknowledge = useCallback(async () => {
    if (!appointment) return
    await write('appointments.acknowledge', { appointmentId: appointment.id, version: appointment.version, requestId: acknowledgeId })
  }, [appointment, acknowledgeId, write])

  return {
    ...query,
    notFound: query.error?.code === 'NOT_FOUND' || query.error?.code === 'INVALID_INPUT',
    appointment,
    items,
    leadWindow,
    canCancel: actions.includes('cancel'),
    canAcknowledge: actions.includes('acknowledge'),
    cancelling,
    openCancel,
    keep,
    chosenReason,
    setChosenReason,
    typedReason,
    setTypedReason,
    reasonError,
    notice,
    busy: action.busy,
    writeError: action.error,
    cancel,
    acknowledge,
  }
}
