import { useCallback, useRef, useState } from 'react'
import { callCloud } from '../../api/cloud'

/** Said when WeChat's button gave no code: the user declined, or the account may not use it. */
export const NO_CLAIM_CODE = '未获得微信手机号授权，无法查找。也可拨打0533-3618118查询'

/** What the citizen reads after the search (R7): how many registrations became theirs. */
export function claimSentence(claimed: number): string {
  return claimed > 0 ? `已找到${claimed}个电话登记的预约，已加入我的预约` : '没有找到该手机号登记的预约'
}

/**
 * 认领 (R7): the one-use code of WeChat's phone-number button goes to
 * `booking` `appointments.claimByPhone`, which links the desk's and the
 * phone line's registrations for the caller's WeChat number; the page reads
 * `message`, `claimed` counts what this visit linked, and `onClaimed`
 * reloads the list when some were found. A
 * missing code or a refused one says so and links nothing. The number is
 * never typed here.
 */
export function useClaimByPhone(onClaimed: () => void) {
  const [busy, setBusy] = useState(false)
  const [message, setMessage] = useState<{ text: string; error: boolean }>()
  const [claimed, setClaimed] = useState(0)
  const running = useRef(false)

  const claim = useCallback(
    async (code: string | undefined) => {
      if (running.current) return
      if (!code) {
        setMessage({ text: NO_CLAIM_CODE, error: true })
        return
      }
      running.current = true
      setBusy(true)
      setMessage(undefined)
      const result = await callCloud('booking', 'appointments.claimByPhone', { code })
      running.current = false
      setBusy(false)
      if (!result.ok) {
        setMessage({ text: result.error.message, error: true })
        return
      }
      setMessage({ text: claimSentence(result.data.claimed), error: false })
      setClaimed((n) => n + result.data.claimed)
      if (result.data.claimed > 0) onClaimed()
    },
    [onClaimed],
  )

  return { busy, message, claimed, claim }
}
