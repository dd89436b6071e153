import type { Page } from '@shared/api'
import type { Complaint } from '@shared/feedback'
import type { StoredAppointment } from '../appointments/appointmentRepository'
import type { Database } from '../cloud'
import { collection } from '../db'
import { digestOf } from '../ids'
import { lookupPage } from '../lookupPage'
import { firstJoined, type Joined } from './lookupList'
import { saveOverVersion } from './saveOverVersion'

/**
 * The id of the complaint a submission creates, from who sent it and the
 * client's `requestId`: a double tap or a retry names the same document,
 * and only one insert of an `_id` succeeds (as `appointmentIdFor`).
 */
export function complaintIdFor(openid: string, requestId: string): string {
  return `cmp-${digestOf('complaint', openid, requestId).slice(0, 24)}`
}

/** How many complaints one person filed on one Beijing day (`complaintQuotas`). */
interface ComplaintQuota {
  id: string
  openid: string
  date: string
  count: number
}

const quotaIdFor = (openid: string, date: string) =>
  `quota-${digestOf('complaint-quota', openid).slice(0, 24)}-${date}`

/** A complaint with the appointment it is about, if any (`complaints.list`). */
export type ComplaintWithAppointment = Complaint & { appointment: StoredAppointment | null }

type Row = Joined<Complaint> & { appointments: Joined<StoredAppointment>[] }

/** The one place that reads and writes the `complaints` collection (R20). */
export function complaintRepository(db: Database) {
  const complaints = collection<Complaint>(db, 'complaints')
  return {
    get: (id: string) => complaints.get(id),

    /** Inserts once per `requestId`; the same submission again answers the one stored (`created: false`). */
    async create(complaint: Complaint): Promise<{ complaint: Complaint; created: boolean }> {
      const { stored, created } = await complaints.insertOnce(complaint)
      return { complaint: stored, created }
    },

    /** A page of a citizen's own complaints, newest first. One request. */
    async listOwn(openid: string, at: { skip: number; limit: number }): Promise<Page<Complaint>> {
      const page = await lookupPage<Joined<Complaint>>(db, 'complaints', { match: { openid }, sort: { at: -1 }, lookups: [], ...at })
      return { ...page, items: page.items.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as Complaint) }
    },

    /** A page of open complaints, soonest deadline first, or of all, newest first; each with its appointment. One request. */
    async list(filter: 'open' | 'all', at: { skip: number; limit: number }): Promise<Page<ComplaintWithAppointment>> {
      const page = await lookupPage<Row>(db, 'complaints', {
        match: filter === 'open' ? { status: 'open' } : {},
        sort: filter === 'open' ? { dueAt: 1 } : { at: -1 },
        lookups: [{ from: 'appointments', localField: 'appointmentId', foreignField: '_id', as: 'appointments' }],
        ...at,
      })
      const items = page.items.map(({ _id, appointments, ...rest }) => ({ ...rest, id: _id, appointment: firstJoined<StoredAppointment>(appointments) }))
      return { ...page, items }
    },

    /**
     * Counts one more complaint of `openid` on the Beijing day `date` unless
     * `perDay` are counted already (issue 13, item 2): a conditional update of
     * one document per person and day, so 200 sent at once file `perDay`.
     * True when it counted. One request, two on the first of the day.
     */
    async takeDailyQuota(openid: string, date: string, perDay: number): Promise<boolean> {
      const id = quotaIdFor(openid, date)
      const quotas = collection<ComplaintQuota>(db, 'complaintQuotas')
      const _ = db.command
      if ((await quotas.updateWhere({ _id: id, count: _.lt(perDay) }, { count: _.inc(1) })) === 1) return true
      if ((await quotas.insertOnce({ id, openid, date, count: 1 })).created) return true
      // another submission of the same day created it first: count on it
      return (await quotas.updateWhere({ _id: id, count: _.lt(perDay) }, { count: _.inc(1) })) === 1
    },

    /** Gives back what `takeDailyQuota` counted for a submission that filed nothing new (a retry). One request. */
    async returnDailyQuota(openid: string, date: string): Promise<void> {
      await collection<ComplaintQuota>(db, 'complaintQuotas').updateWhere({ _id: quotaIdFor(openid, date), count: db.command.gt(0) }, { count: db.command.inc(-1) })
    },

    /** Resolves over the version read; false when someone else saved first. One request. */
    resolve: (prev: Complaint, resolution: NonNullable<Complaint['resolution']>, requestId: string) =>
      saveOverVersion(db, 'complaints', prev.id, prev.version, { status: 'resolved', resolution, lastRequestId: requestId }),
  }
}

