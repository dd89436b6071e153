import { useCallback, useState } from 'react'
import { requestSubscribe } from '../../api/subscribe'
import { newRequestId } from '../admin/newRequestId'
import { reportGrants } from '../booking/reportGrants'

/**
 * Staff allow the new-appointment and assignment messages (R9, R10) with a
 * tap in their queue: the ask opens the tap (platform.md), the answer is
 * reported (`booking` `subscriptions.grant`), and the card says how many
 * messages may now arrive. Each accept is good for one message, so staff tap
 * again to keep them coming.
 */
export function useStaffSubscription(templates: string[]) {
  const [busy, setBusy] = useState(false)
  const [left, setLeft] = useState<number>()
  const [refused, setRefused] = useState(false)

  const allow = useCallback(async () => {
    if (busy || templates.length === 0) return
    const asked = requestSubscribe(templates)
    setBusy(true)
    const { on, remaining } = await reportGrants(await asked, newRequestId())
    setBusy(false)
    setRefused(!on)
    setLeft(on ? Math.min(...templates.map((t) => remaining[t] ?? 0)) : undefined)
  }, [busy, templates])

  return { available: templates.length > 0, busy, left, refused, allow }
}
