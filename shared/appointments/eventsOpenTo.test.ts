import { APPOINTMENT_STATUSES } from './appointment'
import { applyEvent } from './applyEvent'
import type { EventType } from './eventSchemas'
import { eventsOpenTo } from './eventsOpenTo'
import { ACTORS, type ActorName } from './testing/actors'
import { ASSIST, appointmentIn } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const EVENTS = Object.keys(VALID).filter((e) => e !== 'request') as Exclude<EventType, 'request'>[]
const NAMES = Object.keys(ACTORS) as ActorName[]

/** Whether `applyEvent` takes the step, with a payload and moment at which every business rule passes. */
function takes(appointment: ReturnType<typeof appointmentIn>, event: EventType, actor: ActorName): boolean {
  const valid = VALID[event]
  return applyEvent(appointment, { ...valid.event, version: appointment.version } as never, ACTORS[actor], valid.now, valid.context as never).ok
}

describe('the steps offered are the steps the transition table takes', () => {
  it.each(APPOINTMENT_STATUSES.flatMap((status) => NAMES.map((actor) => [status, actor] as const)))('%s, for %s', (status, actor) => {
    const appointment = appointmentIn(status)
    expect(eventsOpenTo(appointment, ACTORS[actor])).toEqual(EVENTS.filter((event) => takes(appointment, event, actor)))
  })

  it('R13 offers an assisting window its part once, and no more once it is confirmed', () => {
    const open = appointmentIn('assigned')
    const done = { ...open, parts: open.parts.map((p) => (p.windowId === ASSIST ? { ...p, confirmedAt: 1, staffId: 's-assist' } : p)) }
    expect(eventsOpenTo(open, ACTORS.assistStaff)).toEqual(['confirmPart'])
    expect(eventsOpenTo(done, ACTORS.assistStaff)).toEqual([])
    expect(takes(done, 'confirmPart', 'assistStaff')).toBe(false)
  })

  it('offers nothing to another window, a citizen who is not the applicant, or an admin', () => {
    for (const actor of ['otherLeader', 'otherStaff', 'otherCitizen', 'admin'] as const) {
      for (const status of APPOINTMENT_STATUSES) expect(eventsOpenTo(appointmentIn(status), ACTORS[actor])).toEqual([])
    }
  })
})
