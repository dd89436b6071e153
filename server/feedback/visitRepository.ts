import type { Visit } from '@shared/feedback'
import type { Database } from '../cloud'
import { collection } from '../db'

/**
 * The one place that writes the `visits` collection (回访, R20). Which
 * appointments still wait for a visit is a read of appointments, joined with
 * their visits: `appointmentRepository(db).pendingVisits()`.
 */
export function visitRepository(db: Database) {
  const visits = collection<Visit>(db, 'visits')
  return {
    /**
     * Inserts the visit under its appointment's id, once: when one exists
     * already, that one is answered with `created: false`.
     */
    async create(visit: Visit): Promise<{ visit: Visit; created: boolean }> {
      const { stored, created } = await visits.insertOnce(visit)
      return { visit: stored, created }
    },
  }
}
