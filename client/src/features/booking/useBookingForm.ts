import Taro from '@tarojs/taro'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { requestSubscribe } from '../../api/subscribe'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { isHolidayBookable } from '../items/isHolidayBookable'
import { appointmentUrl } from './appointmentUrl'
import { validateBooking } from './bookingForm'
import { reportGrants } from './reportGrants'
import { subscribeTemplatesOf } from './subscribeTemplates'
import { CALENDAR_REFUSALS, useHolidayDraft } from './useHolidayDraft'

/**
 * The book page's state (R6–R8): the item, the holidays open for booking,
 * the chosen holiday and the draft, each field's message, and `submit`.
 * One request id per form, kept across retries and double taps, so the
 * server records one appointment however often the request arrives.
 * Submitting first asks the citizen to allow the confirmation, change and
 * reminder messages (platform.md: the ask must open the tap, before any
 * await), submits whatever the answer, reports what was allowed, and tells
 * the appointment page whether messages will arrive (`notify=on|off`).
 */
export function useBookingForm(itemId: string) {
  const item = useCloudQuery('catalog', 'items.get', { id: itemId })
  const { calendar, choices, holiday, chooseHoliday, draft, update } = useHolidayDraft()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId] = useState(() => newRequestId())
  const [grantRequestId] = useState(() => newRequestId())
  const done = useRef(false)
  const action = useCloudAction()
  const templates = useMemo(() => subscribeTemplatesOf(calendar.data).citizen, [calendar.data])
  const setPhone = useCallback((phone: string) => update('phone', phone), [update])

  const submit = useCallback(async () => {
    if (done.current) return
    const checked = validateBooking(draft, itemId, requestId)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    // The first call of the tap: an await before it would lose the tap on a phone (platform.md).
    const asked = requestSubscribe(templates)
    setErrors({})
    const answers = await asked
    const result = await action.run('booking', 'appointments.request', checked.value)
    if (!result) return // a double tap while the first is on its way
    if (result.ok) {
      done.current = true
      const { on } = await reportGrants(answers, grantRequestId)
      void Taro.redirectTo({ url: `${appointmentUrl(result.data.appointment.id)}&notify=${on ? 'on' : 'off'}` })
      return
    }
    if (result.error.fields) setErrors(result.error.fields)
    if (CALENDAR_REFUSALS.has(result.error.code)) calendar.reload()
  }, [draft, itemId, requestId, grantRequestId, templates, action, calendar])

  return {
    item,
    /** Walk-in-only or archived items are not booked for a holiday (R1, R4); the server says so too. */
    bookable: item.data ? isHolidayBookable(item.data.item) : false,
    calendar,
    choices,
    holiday,
    chooseHoliday,
    draft,
    update,
    setPhone,
    errors,
    requestId,
    submitting: action.busy,
    refusal: action.error,
    submit,
  }
}
