import { useCallback, useMemo, useRef, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { EMPTY_DRAFT } from '../booking/bookingForm'
import { CALENDAR_REFUSALS, useHolidayDraft } from '../booking/useHolidayDraft'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { isHolidayBookable } from '../items/isHolidayBookable'
import { useDebouncedValue } from '../items/useDebouncedValue'
import { SEARCH_DEBOUNCE_MS } from '../items/useItemSearch'
import { validateRegistration, type StaffChannel } from './registrationRequest'
import type { AppointmentView } from '@shared/appointments'
import type { ItemSummary } from '@shared/items'

/**
 * The desk's and the section's registration of an on-site or phone request
 * for a citizen (R7): channel, a holiday-bookable item, holiday and day,
 * half-day or time, who and how to reach them. One request id per form;
 * `reset` starts the next one with a fresh id.
 */
export function useRegisterForm() {
  const [channel, setChannel] = useState<StaffChannel>('desk')
  const [query, setQuery] = useState('')
  const q = useDebouncedValue(query.trim(), SEARCH_DEBOUNCE_MS)
  const list = useCloudQuery('catalog', 'items.list', { q: q || undefined, mode: 'appointment' })
  const items = useMemo(() => (list.data?.items ?? []).filter(isHolidayBookable), [list.data])
  const [item, setItem] = useState<ItemSummary>()
  const { calendar, choices, holiday, chooseHoliday, draft, setDraft, update } = useHolidayDraft()
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId, setRequestId] = useState(() => newRequestId())
  const [created, setCreated] = useState<AppointmentView>()
  const done = useRef(false)
  const action = useCloudAction()

  const submit = useCallback(async () => {
    if (done.current) return
    const checked = validateRegistration(draft, item?.id, channel, requestId)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    const result = await action.run('booking', 'appointments.request', checked.value)
    if (!result) return
    if (result.ok) {
      done.current = true
      setCreated(result.data.appointment)
      return
    }
    if (result.error.fields) setErrors(result.error.fields)
    if (CALENDAR_REFUSALS.has(result.error.code)) calendar.reload()
  }, [draft, item, channel, requestId, action, calendar])

  const reset = useCallback(() => {
    done.current = false
    setCreated(undefined)
    setDraft(EMPTY_DRAFT)
    setItem(undefined)
    setQuery('')
    setErrors({})
    action.setError(undefined)
    setRequestId(newRequestId())
  }, [action, setDraft])

  return {
    channel,
    setChannel,
    query,
    setQuery,
    items,
    itemsLoading: list.loading,
    item,
    chooseItem: setItem,
    choices,
    holiday,
    chooseHoliday,
    draft,
    update,
    errors,
    requestId,
    submitting: action.busy,
    refusal: action.error,
    created,
    submit,
    reset,
  }
}
