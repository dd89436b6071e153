import * as v from 'valibot'
import { useCallback, useRef, useState } from 'react'
import { inviteCodeSchema, type Role } from '@shared/org'
import { callCloud } from '../../api/cloud'

/** `staff.redeem`'s data. */
export interface RedeemData {
  staff: { id: string; name: string; roles: Role[]; windowId?: string }
}

/**
 * Binding one's WeChat to a staff record with an invite code from an admin.
 * The code is checked here first (the schema's own Chinese message), then by
 * the server, whose message is shown as it is. A second tap while the first
 * is in flight does nothing.
 */
export function useRedeemInvite(onRedeemed: (data: RedeemData) => void) {
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | undefined>(undefined)
  const [submitting, setSubmitting] = useState(false)
  const inFlight = useRef(false)

  const submit = useCallback(async () => {
    if (inFlight.current) return
    const parsed = v.safeParse(inviteCodeSchema, code)
    if (!parsed.success) {
      setError(parsed.issues[0].message)
      return
    }
    inFlight.current = true
    setSubmitting(true)
    setError(undefined)
    const result = await callCloud('catalog', 'staff.redeem', { code: parsed.output })
    inFlight.current = false
    setSubmitting(false)
    if (!result.ok) {
      setError(result.error.fields?.code ?? result.error.message)
      return
    }
    setCode('')
    onRedeemed(result.data)
  }, [code, onRedeemed])

  const changeCode = useCallback((next: string) => {
    setCode(next)
    setError(undefined)
  }, [])

  return { code, setCode: changeCode, error, submitting, submit }
}
