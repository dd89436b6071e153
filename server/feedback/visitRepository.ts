import type { Page } from '@shared/api'
import { REVIEWABLE_STATUSES, type Review, type Visit } from '@shared/feedback'
import type { StoredAppointment } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { lookupPage } from '../lookupPage'
import { firstJoined, type Joined } from './lookupList'

/** A completed appointment not yet visited, with its review if the applicant left one. */
export interface PendingVisit {
  appointment: StoredAppointment
  review: Review | null
}

type Row = Joined<StoredAppointment> & { reviews: Joined<Review>[] }

/** The one place that reads and writes the `visits` collection (回访, R20). */
export function visitRepository(db: Database) {
  const visits = collection<Visit>(db, 'visits')
  const _ = db.command
  return {
    /**
     * Inserts the visit under its appointment's id, once: when one exists
     * already, that one is answered with `created: false`.
     */
    async create(visit: Visit): Promise<{ visit: Visit; created: boolean }> {
      const { stored, created } = await visits.insertOnce(visit)
      return { visit: stored, created }
    },

    /**
     * A page of the completed and acknowledged appointments with no visit yet, the most
     * recent holiday date first, each with its review. One request.
     */
    async pending(at: { skip: number; limit: number }): Promise<Page<PendingVisit>> {
      const page = await lookupPage<Row & { visits: unknown[] }>(db, 'appointments', {
        match: { status: _.in([...REVIEWABLE_STATUSES]) },
        sort: { date: -1, createdAt: -1 },
        ...at,
        lookups: [
          { from: 'visits', localField: '_id', foreignField: '_id', as: 'visits' },
          { from: 'reviews', localField: '_id', foreignField: '_id', as: 'reviews' },
        ],
        then: { visits: _.size(0) },
      })
      const items = page.items.map(({ _id, reviews, visits: _visits, ...rest }) => ({
        appointment: { ...rest, id: _id } as StoredAppointment,
        review: firstJoined<Review>(reviews),
      }))
      return { ...page, items }
    },
  }
}
