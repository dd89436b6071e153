import { APPOINTMENT_STATUSES, type ActorKind, type Appointment, type AppointmentStatus } from './appointment'
import { applyEvent } from './applyEvent'
import type { EventType } from './eventSchemas'
import { statusName } from './statusName'
import { ACTORS, type ActorName } from './testing/actors'
import { appointmentIn, at } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'
import { TRANSITIONS, type TransitionRow } from './transitions'

/**
 * The kinds each test actor is, written out by hand for the three scopes the
 * table uses, so that the test does not reuse the code it checks: the
 * default (lead window's leader, assigned staff), the lead window's staff
 * (start, complete) and an assisting window for its part (confirmPart).
 */
const KINDS: Record<ActorName, { lead: ActorKind[]; leadWindow: ActorKind[]; assisting: ActorKind[] }> = {
  applicant: { lead: ['applicant'], leadWindow: ['applicant'], assisting: ['applicant'] },
  otherCitizen: { lead: [], leadWindow: [], assisting: [] },
  desk: { lead: ['desk'], leadWindow: ['desk'], assisting: ['desk'] },
  section: { lead: ['section'], leadWindow: ['section'], assisting: ['section'] },
  admin: { lead: [], leadWindow: [], assisting: [] },
  leadLeader: { lead: ['leader'], leadWindow: ['leader'], assisting: [] },
  assignedStaff: { lead: ['staff'], leadWindow: ['staff'], assisting: [] },
  leadColleague: { lead: [], leadWindow: ['staff'], assisting: [] },
  assistLeader: { lead: [], leadWindow: [], assisting: ['leader'] },
  assistStaff: { lead: [], leadWindow: [], assisting: ['staff'] },
  otherLeader: { lead: [], leadWindow: [], assisting: [] },
  otherStaff: { lead: [], leadWindow: [], assisting: [] },
}

function kindsOf(name: ActorName, row: TransitionRow): ActorKind[] {
  if (row.window === 'assisting') return KINDS[name].assisting
  return row.staff === 'window' ? KINDS[name].leadWindow : KINDS[name].lead
}

const STATES: (AppointmentStatus | null)[] = [null, ...APPOINTMENT_STATUSES]
const cases = (TRANSITIONS as readonly TransitionRow[]).flatMap((row) =>
  STATES.flatMap((state) => (Object.keys(ACTORS) as ActorName[]).map((actor) => ({ row, state, actor }))),
)

function expectedOutcome(row: TransitionRow, state: AppointmentStatus | null, actor: ActorName): string {
  if (state === null && row.event !== 'request') return 'NOT_FOUND'
  if (!row.from.includes(state)) return 'INVALID_TRANSITION'
  return row.roles.some((r) => kindsOf(actor, row).includes(r)) ? 'ok' : 'FORBIDDEN'
}

/** What an event needs on the record beyond its state: two items to split (R14), three unanswered calls for a no-show (R18). */
const FOR_EVENT: Partial<Record<string, Partial<Appointment>>> = {
  split: { itemIds: ['item-1', 'item-2'] },
  markNoShow: {
    contactAttempts: ['09:05', '09:15', '09:25'].map((t) => ({ at: at(`2026-10-02 ${t}`), way: 'phone' as const, result: 'no_answer' as const, by: 's-assigned', recordedAt: at(`2026-10-02 ${t}`) })),
  },
}

describe('the appointment state machine, every state × event × actor', () => {
  it('has one row per event', () => {
    const events = TRANSITIONS.map((r) => r.event)
    expect(new Set(events).size).toBe(events.length)
    expect(events).toHaveLength(20)
  })

  it('cites a rule on every row', () => {
    for (const row of TRANSITIONS) expect(row.rule).toMatch(/^R\d+( R\d+)*$/)
  })

  it.each(cases.map((c) => [c.row.event, c.state ?? '(none)', c.actor, expectedOutcome(c.row, c.state, c.actor), c] as const))(
    '%s from %s by %s: %s',
    (_event, _state, _actor, expected, { row, state, actor }) => {
      const valid = VALID[row.event as EventType]
      // A split needs two items to divide (R14).
      const appointment = state === null ? null : appointmentIn(state, FOR_EVENT[row.event] ?? {})
      const event = { ...valid.event, ...(appointment ? { version: appointment.version } : {}) }
      const result = applyEvent(appointment, event as never, ACTORS[actor], valid.now, valid.context as never)
      if (expected === 'ok') {
        if (!result.ok) throw new Error(`expected ok, got ${result.error.code}: ${result.error.message}`)
        const to = typeof row.to === 'function' ? row.to(valid.event as never, appointment) : row.to === 'unchanged' ? state : row.to
        expect(result.data.appointment.status).toBe(to)
        expect(result.data.appointment.version).toBe((appointment?.version ?? 0) + 1)
        expect(result.data.appointment.timeline.at(-1)).toMatchObject({ event: row.event, by: ACTORS[actor].id, status: to, at: valid.now })
      } else {
        expect(result).toMatchObject({ ok: false, error: { code: expected } })
        if (expected === 'INVALID_TRANSITION' && state) {
          expect(!result.ok && result.error.message).toContain(`当前状态为“${statusName(state)}”，不能`)
        }
      }
    },
  )
})
