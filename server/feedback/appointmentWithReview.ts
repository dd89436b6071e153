import type { Review } from '@shared/feedback'
import type { StoredAppointment } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { firstJoined, lookupList, type Joined } from '../lookupList'

type Row = Joined<StoredAppointment> & { reviews: Joined<Review>[] }

/**
 * One appointment and its review (R20), if any, in one database request (an
 * aggregation with `$lookup`), so `appointments.get` can show the review and
 * the section's follow-up note and still read with 2 requests.
 */
export async function appointmentWithReview(db: Database, appointmentId: string): Promise<{ appointment: StoredAppointment | null; review: Review | null }> {
  const rows = await lookupList<Row>(db, 'appointments', {
    match: { _id: appointmentId },
    sort: { _id: 1 },
    limit: 1,
    lookups: [{ from: 'reviews', localField: '_id', foreignField: '_id', as: 'reviews' }],
  })
  const row = rows[0]
  if (!row) return { appointment: null, review: null }
  const { reviews, ...appointment } = row
  return { appointment: firstJoined<StoredAppointment>([appointment]), review: firstJoined<Review>(reviews) }
}
