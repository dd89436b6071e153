import type { Complaint } from '@shared/feedback'
import { appointmentLookup, type StoredAppointment } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { digestOf } from '../ids'
import { firstJoined, lookupList, type Joined } from '../lookupList'

const LIST_LIMIT = 200
const MINE_LIMIT = 100

/**
 * The id of the complaint a submission creates, from who sent it and the
 * client's `requestId`: a double tap or a retry names the same document,
 * and only one insert of an `_id` succeeds (as `appointmentIdFor`).
 */
export function complaintIdFor(openid: string, requestId: string): string {
  return `cmp-${digestOf('complaint', openid, requestId).slice(0, 24)}`
}

/** A complaint with the appointment it is about, if any (`complaints.list`). */
export type ComplaintWithAppointment = Complaint & { appointment: StoredAppointment | null }

type Row = Joined<Complaint> & { appointments: Joined<StoredAppointment>[] }

/** The one place that reads and writes the `complaints` collection (R20). */
export function complaintRepository(db: Database) {
  const complaints = collection<Complaint>(db, 'complaints')
  return {
    get: (id: string) => complaints.get(id),

    /** Inserts once per `requestId`; the same submission again answers the one stored. */
    async create(complaint: Complaint): Promise<Complaint> {
      return (await complaints.insertOnce(complaint)).stored
    },

    /** A citizen's own complaints, newest first. One request. */
    listOwn: (openid: string) => complaints.find({ openid }, { orderBy: [['at', 'desc']], limit: MINE_LIMIT }),

    /** Open complaints, soonest deadline first, or all, newest first; each with its appointment. One request. */
    async list(filter: 'open' | 'all'): Promise<ComplaintWithAppointment[]> {
      const rows = await lookupList<Row>(db, 'complaints', {
        match: filter === 'open' ? { status: 'open' } : {},
        sort: filter === 'open' ? { dueAt: 1 } : { at: -1 },
        limit: LIST_LIMIT,
        lookups: [appointmentLookup({ localField: 'appointmentId', as: 'appointments' })],
      })
      return rows.map(({ _id, appointments, ...rest }) => ({ ...rest, id: _id, appointment: firstJoined<StoredAppointment>(appointments) }))
    },

    /** Resolves over the version read; false when someone else saved first. One request. */
    resolve: (prev: Complaint, resolution: NonNullable<Complaint['resolution']>, requestId: string) =>
      complaints.saveOverVersion(prev.id, prev.version, { status: 'resolved', resolution, lastRequestId: requestId }),
  }
}

