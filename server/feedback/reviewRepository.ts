import type { Page } from '@shared/api'
import type { Review } from '@shared/feedback'
import type { StoredAppointment } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { lookupPage } from '../lookupPage'
import { firstJoined, type Joined } from './lookupList'
import { saveOverVersion } from './saveOverVersion'

/** A review with its appointment joined in (`reviews.list`). */
export type ReviewWithAppointment = Review & { appointment: StoredAppointment | null }

type Row = Joined<Review> & { appointments: Joined<StoredAppointment>[] }

/** The one place that reads and writes the `reviews` collection (R20). */
export function reviewRepository(db: Database) {
  const reviews = collection<Review>(db, 'reviews')
  const _ = db.command
  return {
    get: (appointmentId: string) => reviews.get(appointmentId),

    /**
     * Inserts the review under its appointment's id, once: when one exists
     * already — a double tap, or a second review — that one is answered with
     * `created: false`. One request (two when it exists).
     */
    async create(review: Review): Promise<{ review: Review; created: boolean }> {
      const { stored, created } = await reviews.insertOnce(review)
      return { review: stored, created }
    },

    /**
     * A page of the bad reviews whose follow-up is still open, soonest
     * deadline first (`open`), or of every review, newest first (`all`);
     * each with its appointment. One request.
     */
    async list(filter: 'open' | 'all', at: { skip: number; limit: number }): Promise<Page<ReviewWithAppointment>> {
      const open = { 'followUp.dueAt': _.exists(true), 'followUp.resolvedAt': _.exists(false) }
      const page = await lookupPage<Row>(db, 'reviews', {
        match: filter === 'open' ? open : {},
        sort: filter === 'open' ? { 'followUp.dueAt': 1 } : { at: -1 },
        lookups: [{ from: 'appointments', localField: 'appointmentId', foreignField: '_id', as: 'appointments' }],
        ...at,
      })
      const items = page.items.map(({ _id, appointments, ...rest }) => ({ ...rest, id: _id, appointment: firstJoined<StoredAppointment>(appointments) }))
      return { ...page, items }
    },

    /** Records the follow-up over the version read; false when someone else saved first. One request. */
    saveFollowUp: (prev: Review, followUp: NonNullable<Review['followUp']>, requestId: string) =>
      saveOverVersion(db, 'reviews', prev.id, prev.version, { followUp, lastRequestId: requestId }),
  }
}
