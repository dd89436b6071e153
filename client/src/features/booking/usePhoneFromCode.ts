import { useCallback, useRef, useState } from 'react'
import { callCloud } from '../../api/cloud'

/** Said when the button gave no code: the user declined, or the account may not use the button. */
export const NO_PHONE_CODE = '未获得微信手机号授权，请直接输入手机号'

/**
 * The phone-number button's part of the booking form (R7): its one-use code
 * goes to `booking` `phone.fromCode`, and the number answered fills the
 * phone field through `onPhone`. A missing code or a refused exchange says so
 * in Chinese and leaves the field as it was; typing stays possible.
 */
export function usePhoneFromCode(onPhone: (phone: string) => void) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<string>()
  const running = useRef(false)

  const exchange = useCallback(
    async (code: string | undefined) => {
      if (running.current) return
      if (!code) {
        setMessage(NO_PHONE_CODE)
        return
      }
      running.current = true
      setBusy(true)
      setMessage(undefined)
      const result = await callCloud('booking', 'phone.fromCode', { code })
      running.current = false
      setBusy(false)
      if (result.ok) onPhone(result.data.phone)
      else setMessage(result.error.message)
    },
    [onPhone],
  )

  return { busy, message, exchange }
}
