import Taro from '@tarojs/taro'
import { useCallback, useMemo, useRef, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { ItemSummary } from '@shared/items'
import { requestSubscribe } from '../../api/subscribe'
import { newRequestId } from '../admin/newRequestId'
import { useCloudAction } from '../cloud/useCloudAction'
import { isHolidayBookable } from '../items/isHolidayBookable'
import { appointmentUrl } from './appointmentUrl'
import { validateBooking } from './bookingForm'
import type { BookPreset } from './bookUrl'
import { MAX_ITEMS } from './ItemPicker'
import { reportGrants } from './reportGrants'
import { subscribeTemplatesOf } from './subscribeTemplates'
import { CALENDAR_REFUSALS, useHolidayDraft } from './useHolidayDraft'
import { usePresetItems } from './usePresetItems'

/**
 * The book page's state (R6, R7, R8): the items (those the page was opened
 * with, or chosen on it when it came from home), the holidays open for booking,
 * the chosen holiday (a preset one while open) and the draft, each field's
 * message, and `submit`.
 * One request id per form, kept across retries and double taps, so the
 * server records one appointment however often the request arrives.
 * Submitting first asks the citizen to allow the confirmation, change and
 * reminder messages (docs/platform.md: the ask must open the tap, before any
 * await), submits whatever the answer, reports what was allowed, and opens
 * the appointment page as booking success (`booked=1`), telling it whether
 * messages will arrive (`notify=on|off`).
 */
export function useBookingForm(preset: BookPreset) {
  const presetIds = preset.itemIds ?? []
  const presetQuery = usePresetItems(presetIds)
  const [picked, setPicked] = useState<ItemSummary[]>([])
  const { calendar, choices, holiday, chooseHoliday, draft, update } = useHolidayDraft(preset)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [requestId] = useState(() => newRequestId())
  const [grantRequestId] = useState(() => newRequestId())
  const done = useRef(false)
  const action = useCloudAction()
  const templates = useMemo(() => subscribeTemplatesOf(calendar.data).citizen, [calendar.data])
  const setPhone = useCallback((phone: string) => update('phone', phone), [update])

  /** Walk-in-only or archived items are not booked for a holiday (R1, R4); the server says so too. */
  const presetBookable = useMemo(() => (presetQuery.items ?? []).filter(isHolidayBookable), [presetQuery.items])
  const presetDropped = useMemo(() => (presetQuery.items ?? []).filter((i) => !isHolidayBookable(i)).map((i) => i.name), [presetQuery.items])
  const picking = presetIds.length === 0
  const itemNames = picking ? picked.map((i) => i.name) : presetBookable.map((i) => i.name)
  const itemIds = useMemo(() => (picking ? picked : presetBookable).map((i) => i.id), [picking, picked, presetBookable])

  const toggleItem = useCallback((item: ItemSummary) => {
    setPicked((list) => (list.some((i) => i.id === item.id) ? list.filter((i) => i.id !== item.id) : list.length < MAX_ITEMS ? [...list, item] : list))
  }, [])

  const submit = useCallback(async () => {
    if (done.current) return
    const checked = validateBooking(draft, itemIds, requestId)
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    // The first call of the tap: an await before it would lose the tap on a phone (docs/platform.md).
    const asked = requestSubscribe(templates)
    setErrors({})
    const answers = await asked
    const result = await action.run('booking', 'appointments.request', checked.value)
    if (!result) return // a double tap while the first is on its way
    if (result.ok) {
      done.current = true
      const { on } = await reportGrants(answers, grantRequestId)
      void Taro.redirectTo({ url: `${appointmentUrl(result.data.appointment.id)}&notify=${on ? 'on' : 'off'}&booked=1` })
      return
    }
    if (result.error.fields) setErrors(result.error.fields)
    if (CALENDAR_REFUSALS.has(result.error.code)) calendar.reload()
  }, [draft, itemIds, requestId, grantRequestId, templates, action, calendar])

  return {
    /** The items the page was opened with, read; `picking` when it came without. */
    presetItems: presetQuery,
    picking,
    picked,
    toggleItem,
    itemNames,
    /** Names of preset items no longer booked for a holiday, left out of the request. */
    presetDropped,
    /** Whether anything can be booked: the page came without items, or one of its items is bookable. */
    bookable: picking || presetBookable.length > 0,
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
