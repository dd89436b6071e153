import { useCallback, useState } from 'react'
import { requestSubscribe } from '../../api/subscribe'
import type { MessageAsk } from '../booking/subscribeTemplates'
import { newRequestId } from '../admin/newRequestId'
import { reportGrants } from '../booking/reportGrants'

/**
 * Staff (from their queue) and the section (from its inbox) allow their
 * messages with a tap (R9, R10, R16, R17): the ask opens the tap
 * (docs/platform.md), the answer is reported (`booking` `subscriptions.grant`),
 * and the card says what may now arrive. A long-term ask (长期订阅) is on
 * once allowed; a one-time ask is good for one message per accept, so the
 * card counts them.
 */
export function useMessageSubscription({ templates, longTerm }: MessageAsk) {
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

  return { available: templates.length > 0, longTerm, on: left !== undefined && left > 0, busy, left, refused, allow }
}
