import { claimByPhone, type Claimant } from '@shared/appointments'
import type { ActionContext } from '../context'
import { appointmentRepository, type StoredAppointment } from './appointmentRepository'

/**
 * 认领 (R7): every desk and phone registration for the claimant's verified
 * number that nobody has claimed becomes theirs (`claimByPhone`), each saved
 * over the version read, so a step taken on it meanwhile is kept: the
 * registration is read again and claimed once more. Answers how many became
 * the claimant's. Requests: 1 + 1 per registration (+ 2 per one changed meanwhile).
 */
export async function claimRegistrations(ctx: ActionContext, claimant: Claimant, now: number): Promise<number> {
  const appointments = appointmentRepository(ctx.db)
  const claimOne = async (stored: StoredAppointment, again: boolean): Promise<boolean> => {
    const claimed = claimByPhone(stored, claimant, now)
    if (!claimed.ok) return false
    if (await appointments.save(stored, { ...stored, ...claimed.data })) return true
    const current = again ? await appointments.get(stored.id) : null
    return current ? claimOne(current, false) : false
  }
  const found = await appointments.unclaimedFor(claimant.phone)
  const results = await Promise.all(found.map((stored) => claimOne(stored, true)))
  return results.filter(Boolean).length
}
