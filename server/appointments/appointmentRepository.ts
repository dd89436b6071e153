import { fail, ok, type ApiResult, type Page } from '@shared/api'
import { FILEABLE_STATUSES, SERVED_STATUSES, type Appointment, type AppointmentStatus, type Channel } from '@shared/appointments'
import { REVIEWABLE_STATUSES, type Review } from '@shared/feedback'
import type { CivilDate } from '@shared/time'
import type { Database } from '../cloud'
import { collection } from '../db'
import { findAll } from '../findAll'
import { findEvery } from '../findEvery'
import { inTransaction } from '../inTransaction'
import { readInTransaction, writeInTransaction } from '../timebank/transactionLike'
import { firstJoined, lookupList, type Joined, type Lookup } from '../lookupList'
import { lookupPage } from '../lookupPage'

/**
 * An appointment as stored: the domain record (`_id` for `id`) plus two
 * bookkeeping fields the domain does not see. `capLedgerId` names the cap
 * ledger that counts it (see `capLedgerRepository`); `lastRequestId` is the
 * `requestId` of the last action saved on it, so that a repeated tap of that
 * action answers the result instead of `CONFLICT`.
 */
export type StoredAppointment = Appointment & { capLedgerId?: string; lastRequestId?: string }

/**
 * The collection's name, said here only: every other domain reads
 * appointments through this file, a `$lookup` included
 * (`test/architecture.test.ts`).
 */
const APPOINTMENTS = 'appointments'

/** How many of a citizen's own appointments `mine` answers, newest first. */
const MINE_LIMIT = 100

/** A completed appointment not yet visited (回访, R20), with its review if the applicant left one. */
interface PendingVisit {
  appointment: StoredAppointment
  review: Review | null
}

/**
 * A `$lookup` stage joining, as `as`, the appointment another record names
 * in `localField` (a complaint's or a review's `appointmentId`).
 */
export const appointmentLookup = (join: Pick<Lookup, 'localField' | 'as'>): Lookup => ({ from: APPOINTMENTS, foreignField: '_id', ...join })

/** A `$lookup` stage joining, as `as`, the appointments an uncorrelated sub-pipeline selects (the supervision report's period). */
export const appointmentsPipelineLookup = (join: { pipeline: Record<string, unknown>[]; as: string }) => ({ from: APPOINTMENTS, ...join })

/** The one place that reads and writes the `appointments` collection. */
export function appointmentRepository(db: Database) {
  const appointments = collection<StoredAppointment>(db, APPOINTMENTS)
  const _ = db.command
  return {
    get: (id: string) => appointments.get(id),

    /**
     * One appointment and its review (R20), if any, in one database request
     * (an aggregation with `$lookup`), so `appointments.get` can show the
     * review and the section's follow-up note and still read with 2 requests.
     */
    async getWithReview(id: string): Promise<{ appointment: StoredAppointment | null; review: Review | null }> {
      const rows = await lookupList<Joined<StoredAppointment> & { reviews: Joined<Review>[] }>(db, APPOINTMENTS, {
        match: { _id: id },
        sort: { _id: 1 },
        limit: 1,
        lookups: [{ from: 'reviews', localField: '_id', foreignField: '_id', as: 'reviews' }],
      })
      const row = rows[0]
      if (!row) return { appointment: null, review: null }
      const { reviews, ...appointment } = row
      return { appointment: firstJoined<StoredAppointment>([appointment]), review: firstJoined<Review>(reviews) }
    },

    /** Several by id (at most 1000), in no particular order. */
    findByIds: (ids: readonly string[]) => appointments.find({ _id: _.in([...ids]) }),

    /** A citizen's own appointments (by OPENID), newest first. */
    listOwn: (openid: string) => appointments.find({ applicantOpenid: openid }, { orderBy: [['createdAt', 'desc']], limit: MINE_LIMIT }),

    /**
     * The desk and phone registrations for exactly `phone` that no citizen
     * has claimed yet (R7), at most 100. One request (index
     * `applicant_phone_applicantOpenid`).
     */
    unclaimedFor: (phone: string) => appointments.find({ 'applicant.phone': phone, applicantOpenid: _.exists(false) }, { limit: MINE_LIMIT }),

    /** A page of those in any of `statuses`, oldest request first (the section's inbox, R9, R16, R17). One request. */
    async inStatuses(statuses: readonly AppointmentStatus[], at: { skip: number; limit: number }): Promise<Page<StoredAppointment>> {
      const page = await lookupPage<Joined<StoredAppointment>>(db, APPOINTMENTS, {
        match: { status: _.in([...statuses]) },
        sort: { createdAt: 1 },
        lookups: [],
        ...at,
      })
      return { ...page, items: page.items.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as StoredAppointment) }
    },

    /**
     * A page of every appointment the section's filters select (R8, R9),
     * the newest holiday date first: the states (all of them when none is
     * chosen, so `status` is always an equality and every combination of
     * lead window and channel has its index, collections.json), the lead
     * window, the channel, and a date range (a holiday, or one day as a
     * range of one). One request.
     */
    async forSection(
      filter: { statuses: readonly AppointmentStatus[]; windowId?: string; channel?: Channel; from?: CivilDate; to?: CivilDate },
      at: { skip: number; limit: number },
    ): Promise<Page<StoredAppointment>> {
      const match: Record<string, unknown> = {
        status: _.in([...filter.statuses]),
        ...(filter.windowId ? { leadWindowId: filter.windowId } : {}),
        ...(filter.channel ? { channel: filter.channel } : {}),
        ...(filter.from && filter.to ? { date: _.gte(filter.from).and(_.lte(filter.to)) } : {}),
      }
      const page = await lookupPage<Joined<StoredAppointment>>(db, APPOINTMENTS, { match, sort: { date: -1, createdAt: -1 }, lookups: [], ...at })
      return { ...page, items: page.items.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as StoredAppointment) }
    },

    /** A page of the served records not yet filed (归档, R19), oldest request first. One request. */
    async unfiled(at: { skip: number; limit: number }): Promise<Page<StoredAppointment>> {
      const page = await lookupPage<Joined<StoredAppointment>>(db, APPOINTMENTS, {
        match: { status: _.in([...FILEABLE_STATUSES]), filing: _.exists(false) },
        sort: { createdAt: 1 },
        lookups: [],
        ...at,
      })
      return { ...page, items: page.items.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as StoredAppointment) }
    },

    /** Requests still waiting for dispatch, oldest first (R9's alert). */
    waitingForDispatch: () => appointments.find({ status: 'submitted' }, { orderBy: [['createdAt', 'asc']] }),

    /** The confirmed appointments of `date` (the day-before reminder). */
    confirmedOn: (date: CivilDate) => appointments.find({ date, status: 'confirmed' }),

    /**
     * A window's appointments, those it leads and those it assists (R13), in
     * any of `statuses`, of one date if given; all of them (`findEvery`), in
     * no particular order (the window's open work, which its suggestions
     * weigh whole, R12).
     */
    ofWindow: (windowId: string, statuses: readonly AppointmentStatus[], date: CivilDate | undefined) =>
      findEvery(
        appointments,
        _.and([
          { status: _.in([...statuses]), ...(date ? { date } : {}) },
          _.or([{ leadWindowId: windowId }, { assistingWindowIds: windowId }]),
        ]) as unknown as Record<string, unknown>,
      ),

    /**
     * A page of a window's finished work (已办), those it leads and those it
     * assists (R13), in any of `statuses`, of one date if given (a range of
     * one day, so the list's order stays that of its index): the latest date
     * first, then the latest request, with how many there are. One request,
     * however long the window's history (indexes `status_leadWindowId_date_desc_createdAt_desc`
     * and `status_assistingWindowIds_date_desc_createdAt_desc`, collections.json).
     */
    async finishedOfWindow(
      windowId: string,
      statuses: readonly AppointmentStatus[],
      date: CivilDate | undefined,
      at: { skip: number; limit: number },
    ): Promise<Page<StoredAppointment>> {
      const match = _.and([
        { status: _.in([...statuses]), ...(date ? { date: _.gte(date).and(_.lte(date)) } : {}) },
        _.or([{ leadWindowId: windowId }, { assistingWindowIds: windowId }]),
      ]) as unknown as Record<string, unknown>
      const page = await lookupPage<Joined<StoredAppointment>>(db, APPOINTMENTS, { match, sort: { date: -1, createdAt: -1 }, lookups: [], ...at })
      return { ...page, items: page.items.map(({ _id, ...rest }) => ({ ...rest, id: _id }) as StoredAppointment) }
    },

    /** Served appointments (R18) of `since` or later that name their staff: those that earn a time-bank credit (R24). At most 1000. */
    servedSince: (since: CivilDate) =>
      appointments.find({ status: _.in([...SERVED_STATUSES]), date: _.gte(since), assignedStaffId: _.exists(true) }, { limit: 1000 }),

    /** Every appointment matching `query`, page by page after `firstPage` (`findAll`: the supervision report's period). */
    allWhere: (query: Record<string, unknown>, firstPage?: readonly StoredAppointment[]) => findAll(appointments, query, firstPage),

    /**
     * A page of the completed and acknowledged appointments with no visit yet
     * (回访, R20), the most recent holiday date first, each with its review.
     * One request.
     */
    async pendingVisits(at: { skip: number; limit: number }): Promise<Page<PendingVisit>> {
      const page = await lookupPage<Joined<StoredAppointment> & { reviews: Joined<Review>[]; visits: unknown[] }>(db, APPOINTMENTS, {
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

    /**
     * Inserts a new appointment under its (deterministic) id, once: when the
     * id is taken — the same request sent again, or 50 copies at once — the
     * one already stored is answered with `created: false`. One request.
     */
    async create(appointment: StoredAppointment): Promise<{ appointment: StoredAppointment; created: boolean }> {
      const { stored, created } = await appointments.insertOnce(appointment)
      return { appointment: stored, created }
    },

    /**
     * Saves `next` (`applyEvent`'s answer, one version on) over `prev` only
     * if the stored version is still `prev.version` (`saveOverVersion`):
     * false when someone else saved first, never a silent overwrite. Fields
     * `next` no longer has are removed. One request.
     */
    async save(prev: StoredAppointment, next: StoredAppointment): Promise<boolean> {
      const { id, version: _version, ...fields } = next
      const removed = Object.keys(prev).filter((key) => !['id', 'version'].includes(key) && !(key in fields))
      return appointments.saveOverVersion(id, prev.version, { ...fields, ...Object.fromEntries(removed.map((key) => [key, _.remove()])) })
    },

    /**
     * R14: saves the first appointment of a split over `prev` and inserts the
     * second, in one transaction (server/inTransaction.ts): both or neither.
     * `CONFLICT` when `prev` is no longer the stored version or the second
     * appointment's id is taken.
     */
    async saveSplit(prev: StoredAppointment, next: StoredAppointment, created: StoredAppointment): Promise<ApiResult<null>> {
      return inTransaction(db, async (tx) => {
        const current = await readInTransaction<StoredAppointment>(tx, APPOINTMENTS, prev.id)
        if (current?.version !== prev.version) return fail('CONFLICT')
        if (await readInTransaction(tx, APPOINTMENTS, created.id)) return fail('CONFLICT')
        await writeInTransaction(tx, APPOINTMENTS, next)
        await writeInTransaction(tx, APPOINTMENTS, created)
        return ok(null)
      })
    },
  }
}

export type AppointmentRepository = ReturnType<typeof appointmentRepository>
