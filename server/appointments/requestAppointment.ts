import { fail, ok, type ApiResult } from '@shared/api'
import { applyEvent, claimByPhone, CLAIM_WAY, isActive, referenceYearOf, type Appointment, type AppointmentRequest, type AppointmentView } from '@shared/appointments'
import { bookingWindow, dayInfo, periodOf, type BookingWindow } from '@shared/calendar'
import type { Actor } from '../auth'
import type { ActionContext } from '../context'
import { itemRepository } from '../repositories/items'
import { verifiedPhoneRepository } from '../repositories/verifiedPhones'
import { appointmentIdFor, capLedgerIdFor } from './appointmentIds'
import { appointmentRepository, type AppointmentRepository, type StoredAppointment } from './appointmentRepository'
import { appointmentView } from './appointmentView'
import { capLedgerRepository, type CapLedger } from './capLedgerRepository'
import { domainActor } from './domainActor'
import { referenceNumbers } from './referenceNumbers'
import { referenceData } from '../referenceData'

type Answer = ApiResult<{ appointment: AppointmentView }>

/**
 * A new holiday appointment (R6, R7, R8), once per request:
 *
 * 1. its id is derived from the sender and `requestId` (`appointmentIdFor`);
 * 2. the items are read, the calendar and settings come from the instance's
 *    copy, and `applyEvent` checks everything but the cap (R1, R3, R4, R5, R6, R7);
 * 3. a place under the applicant's cap for the holiday is taken atomically
 *    (`capLedgerRepository`);
 * 4. its reference number (预约编号, R8) is taken from the year's counter
 *    (`referenceNumbers`: the same number for a copy of the same request);
 * 5. the appointment is inserted under its id: a copy of the same request
 *    finds it there and answers it. A desk or phone registration for a
 *    number a citizen has verified with WeChat (`verifiedPhones`) is
 *    inserted as that citizen's, its claim in its history (R7).
 *
 * A refusal first looks whether the request already took effect (a retry
 * after the deadline answers the appointment made before it, not
 * `BOOKING_CLOSED`). Requests in the common case — a citizen's first
 * appointment of the holiday on a warm instance: 3 (items, ledger,
 * appointment) and 2 for the number: 5; another appointment of the same
 * holiday: 6; a cold instance adds 2 (calendar, settings); the desk adds 1
 * (its staff record) and 1 beside the items (the number's holder, R7).
 */
export async function requestAppointment(ctx: ActionContext, actor: Actor, input: AppointmentRequest): Promise<Answer> {
  const appointments = appointmentRepository(ctx.db)
  const id = appointmentIdFor(actor.openid, input.requestId)
  const who = domainActor(actor, null, input.channel)
  const now = ctx.now().getTime()

  const forSomeone = who.isApplicant === false
  const [items, { calendar, settings }, holder] = await Promise.all([
    itemRepository(ctx.db).find({ _id: ctx.db.command.in(input.itemIds) }),
    referenceData(ctx),
    forSomeone ? verifiedPhoneRepository(ctx.db).holderOf(input.applicant.phone) : null,
  ])
  const period = periodOf(input.date, calendar)
  const booking: BookingWindow = period ? bookingWindow(period, now, calendar, settings) : { open: false, reason: 'BOOKING_CLOSED' }
  const applied = applyEvent(null, { type: 'request', ...input }, who, now, {
    id,
    day: dayInfo(input.date, calendar, settings),
    booking,
    items,
    // The cap is enforced by the ledger below, atomically; a count read here could be stale.
    activeCount: 0,
    perApplicantCap: settings.perApplicantCap,
    serviceHours: settings.holidayHours,
  })
  if (!applied.ok || !period) return alreadyMade(appointments, id, who, applied.ok ? fail('NOT_A_HOLIDAY') : applied)

  const appointment = linkedToHolder(applied.data.appointment, holder?.id, now)
  // R6: a company is capped by its credit code, whoever books for it; a desk or phone
  // applicant is known by phone, written with or without the area code's hyphen.
  const company = appointment.applicant.company
  const applicantKey = company
    ? `company:${company.creditCode}`
    : appointment.channel === 'mini-program'
      ? actor.openid
      : appointment.applicant.phone.replace(/-/g, '')
  const ledgerId = capLedgerIdFor(applicantKey, period.start)
  const ledgers = capLedgerRepository(ctx.db)
  const cap = settings.perApplicantCap
  let reservation = await ledgers.reserve(ledgerId, period.start, id, cap)
  if (reservation.kind === 'full' && (await freedPlaces(ctx, reservation.ledger, id, cap))) reservation = { kind: 'reserved' }
  if (reservation.kind === 'full') {
    return alreadyMade(appointments, id, who, fail('LIMIT_REACHED', `申请人在该节假日已有${cap}个进行中的预约，已达上限`))
  }

  // The place was already this request's: a copy of it ran before, or is running now.
  if (reservation.kind === 'held') {
    const existing = await appointments.get(id)
    if (existing) return ok({ appointment: appointmentView(existing, who) })
  }

  let created: { appointment: StoredAppointment; created: boolean }
  try {
    const referenceNo = await referenceNumbers(ctx.db).take(referenceYearOf(now), id)
    created = await appointments.create({ ...appointment, referenceNo, capLedgerId: ledgerId })
  } catch (error) {
    // Give back only a place this call took; a held one belongs to a copy still running.
    if (reservation.kind === 'reserved') await ledgers.release(ledgerId, id).catch(() => undefined)
    throw error
  }
  // A repeat of a request whose appointment has since ended must not keep a place.
  if (!created.created && !isActive(created.appointment.status)) await ledgers.release(ledgerId, id).catch(() => undefined)
  return ok({ appointment: appointmentView(created.appointment, who) })
}

/**
 * R7: a registration for a number a citizen verified with WeChat is theirs
 * from the start, as if they had claimed it (`claimByPhone`); the history
 * says it was linked at registration.
 */
function linkedToHolder(appointment: Appointment, holderOpenid: string | undefined, now: number): Appointment {
  if (!holderOpenid) return appointment
  const claimed = claimByPhone(appointment, { openid: holderOpenid, phone: appointment.applicant.phone }, now, `${CLAIM_WAY}（登记时按已验证的手机号关联）`)
  return claimed.ok ? claimed.data : appointment
}

/** The refusal, unless this very request was already made: then its appointment. */
async function alreadyMade(appointments: AppointmentRepository, id: string, who: ReturnType<typeof domainActor>, refusal: Answer): Promise<Answer> {
  const existing = await appointments.get(id)
  return existing ? ok({ appointment: appointmentView(existing, who) }) : refusal
}

/**
 * A full ledger may still count appointments that have ended (a give-back
 * lost to a failure): reads their states and, if places are free, rewrites
 * the ledger with the active ones plus `id` — only if nobody changed it
 * meanwhile. True when `id` got a place.
 */
async function freedPlaces(ctx: ActionContext, ledger: CapLedger, id: string, cap: number): Promise<boolean> {
  const held = await appointmentRepository(ctx.db).findByIds(ledger.ids)
  const active = ledger.ids.filter((heldId) => {
    const found = held.find((a) => a.id === heldId)
    // Not inserted yet: a request in flight keeps its place.
    return !found || isActive(found.status)
  })
  if (active.length >= cap) return false
  return capLedgerRepository(ctx.db).replace(ledger, [...active, id])
}
