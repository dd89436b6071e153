/**
 * `npm run bench:roundtrips` (issue 8): database requests per action of the
 * citizen and staff flows, through the dev gateway (`X-Db-Requests`), on the
 * emulator with the example data and the built functions. Exits 1 when a
 * warm `appointments.request` takes more than 5 (3, and 2 for its reference
 * number, R8) or a warm read more than 2,
 * or when a step does not answer ok.
 *
 * Each phase (a clock setting) runs its steps twice with a fresh citizen and
 * appointment: pass 1 meets cold instances (the first call of each function
 * also loads the calendar and settings, the first of each read fills its
 * caches), pass 2 the same instances warm (within the 30 s of
 * `REFERENCE_TTL_MS`). One instance per function, so that pass 2 meets the
 * instance pass 1 warmed. Adding an action is one line in STEPS.
 */
import { machine, markdownTable, startBenchCloud, type BenchCloud } from '../bench/benchCloud'

const HOLIDAY = '2026-10-02'
/** The phases: before the 国庆 2026 booking deadline, then the holiday itself. */
const PHASES = { before: '2026-09-24T10:00:00+08:00', day: `${HOLIDAY}T10:40:00+08:00` } as const

const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'

/** What one pass carries from step to step: its citizen and its appointment. */
interface Pass {
  n: number
  citizen: string
  appointmentId: string
  version: number
  /** A second appointment of the citizen, cancelled. */
  secondId: string
  secondVersion: number
}

let seq = 0
const requestId = () => `bench-${Date.now().toString(36)}-${++seq}`
const ref = (p: Pass) => ({ appointmentId: p.appointmentId, version: p.version, requestId: requestId() })
const request = (halfDay: 'am' | 'pm' = 'am') => ({
  requestId: requestId(),
  itemIds: ['item-001'],
  date: HOLIDAY,
  halfDay,
  applicant: { name: '张三', phone: '13812345678' },
})
const CONTACT = { note: '已电话告知所需材料', materialsToldInFull: true }

/** One action of a flow: `budget` is checked on the warm pass; `keep` reads the answer into the pass. */
interface Step {
  phase: keyof typeof PHASES
  fn: string
  action: string
  label?: string
  as: (p: Pass) => string
  input: (p: Pass) => unknown
  budget?: number
  keep?: (p: Pass, data: any) => void
  /** Another feature's action (duty, time bank, reviews, complaints, supervision): measured when it answers ok, else listed as not measured. */
  optional?: true
}

const citizen = (p: Pass) => p.citizen
const as = (openid: string) => () => openid
const keepAppointment = (p: Pass, data: any) => {
  if (data?.appointment) p.version = data.appointment.version
}
const READ = 2

/** The citizen's and the staff's flows, in order. One line per action. */
const STEPS: Step[] = [
  { phase: 'before', fn: 'catalog', action: 'me', as: citizen, input: () => ({}), budget: READ },
  { phase: 'before', fn: 'catalog', action: 'calendar.upcoming', as: citizen, input: () => ({}), budget: READ },
  { phase: 'before', fn: 'catalog', action: 'items.list', as: citizen, input: () => ({}), budget: READ },
  { phase: 'before', fn: 'catalog', action: 'items.get', as: citizen, input: () => ({ id: 'item-001' }), budget: READ },
  { phase: 'before', fn: 'catalog', action: 'departments.list', as: citizen, input: () => ({}), budget: READ },
  { phase: 'before', fn: 'catalog', action: 'calendar.range', as: citizen, input: () => ({ from: '2026-10-01', to: '2026-10-31' }), budget: READ },
  {
    phase: 'before', fn: 'booking', action: 'appointments.request', label: "a citizen's first for the holiday", as: citizen, input: () => request(), budget: 5,
    keep: (p, d) => Object.assign(p, { appointmentId: d.appointment.id, version: d.appointment.version }),
  },
  {
    phase: 'before', fn: 'booking', action: 'appointments.request', label: 'their second for the holiday', as: citizen, input: () => request('pm'),
    keep: (p, d) => Object.assign(p, { secondId: d.appointment.id, secondVersion: d.appointment.version }),
  },
  { phase: 'before', fn: 'booking', action: 'appointments.mine', as: citizen, input: () => ({}), budget: READ },
  { phase: 'before', fn: 'booking', action: 'appointments.get', as: citizen, input: (p) => ({ appointmentId: p.appointmentId }), budget: READ },
  { phase: 'before', fn: 'booking', action: 'appointments.cancel', label: 'the second', as: citizen, input: (p) => ({ appointmentId: p.secondId, version: p.secondVersion, requestId: requestId(), reason: '行程有变' }) },
  { phase: 'before', fn: 'booking', action: 'appointments.request', label: 'registered by the desk', as: as(DESK), input: () => ({ ...request(), channel: 'desk' }) },
  { phase: 'before', fn: 'section', action: 'inbox.list', as: as(SECTION), input: () => ({}), budget: READ },
  { phase: 'before', fn: 'section', action: 'appointments.dispatch', as: as(SECTION), input: (p) => ({ ...ref(p), leadWindowId: 'win-02' }), keep: keepAppointment },
  { phase: 'before', fn: 'counter', action: 'queue.list', label: 'leader', as: as(LEADER), input: () => ({}), budget: READ },
  { phase: 'before', fn: 'counter', action: 'window.staff', as: as(LEADER), input: () => ({}), budget: READ, optional: true },
  { phase: 'before', fn: 'counter', action: 'appointments.assign', as: as(LEADER), input: (p) => ({ ...ref(p), staffId: 'staff-scjg-1' }), keep: keepAppointment },
  { phase: 'before', fn: 'counter', action: 'queue.list', label: 'staff, one date', as: as(STAFF), input: () => ({ date: HOLIDAY }), budget: READ },
  { phase: 'before', fn: 'counter', action: 'appointments.confirm', as: as(STAFF), input: (p) => ({ ...ref(p), agreedTime: '10:00', contact: CONTACT }), keep: keepAppointment },
  { phase: 'before', fn: 'counter', action: 'appointments.proposeChange', as: as(STAFF), input: (p) => ({ ...ref(p), reason: '窗口调整', newTime: '10:30' }), keep: keepAppointment },
  { phase: 'before', fn: 'section', action: 'changes.decide', label: 'approve', as: as(SECTION), input: (p) => ({ ...ref(p), approve: true }), keep: keepAppointment },
  { phase: 'before', fn: 'section', action: 'records.form', as: as(SECTION), input: (p) => ({ appointmentId: p.appointmentId }), budget: READ },
  { phase: 'day', fn: 'counter', action: 'queue.list', label: 'staff, on the day', as: as(STAFF), input: () => ({ date: HOLIDAY }), budget: READ },
  { phase: 'day', fn: 'counter', action: 'appointments.start', as: as(STAFF), input: (p) => ref(p), keep: keepAppointment },
  { phase: 'day', fn: 'counter', action: 'appointments.complete', as: as(STAFF), input: (p) => ({ ...ref(p), result: '已办结' }), keep: keepAppointment },
  { phase: 'day', fn: 'booking', action: 'appointments.acknowledge', as: citizen, input: (p) => ref(p), keep: keepAppointment },
  { phase: 'day', fn: 'section', action: 'records.form', label: 'completed', as: as(SECTION), input: (p) => ({ appointmentId: p.appointmentId }), budget: READ },
  // The other features' actions (issue 8 asks for every read within 2).
  { phase: 'day', fn: 'booking', action: 'reviews.submit', as: citizen, input: (p) => ({ appointmentId: p.appointmentId, requestId: requestId(), level: 'satisfied' }), optional: true },
  { phase: 'day', fn: 'booking', action: 'complaints.submit', as: citizen, input: (p) => ({ appointmentId: p.appointmentId, requestId: requestId(), text: '等候时间较长' }), optional: true },
  { phase: 'day', fn: 'booking', action: 'complaints.mine', as: citizen, input: () => ({}), budget: READ, optional: true },
  { phase: 'day', fn: 'section', action: 'reviews.list', as: as(SECTION), input: () => ({}), budget: READ, optional: true },
  { phase: 'day', fn: 'section', action: 'complaints.list', as: as(SECTION), input: () => ({}), budget: READ, optional: true },
  { phase: 'day', fn: 'section', action: 'visits.pending', as: as(SECTION), input: () => ({}), budget: READ, optional: true },
  { phase: 'day', fn: 'supervision', action: 'supervision.report', as: as(SECTION), input: () => ({ from: '2026-10-01', to: '2026-10-07' }), budget: READ, optional: true },
  { phase: 'day', fn: 'supervision', action: 'duty.schedule', as: as(SECTION), input: (p) => ({ requestId: requestId(), date: p.n === 1 ? '2026-10-17' : '2026-10-18', half: 'am', windowId: 'win-02', staffId: 'staff-scjg-1' }), optional: true },
  { phase: 'day', fn: 'supervision', action: 'duty.roster', as: as(SECTION), input: () => ({ from: '2026-10-17', to: '2026-10-18' }), budget: READ, optional: true },
  { phase: 'day', fn: 'counter', action: 'duty.mine', as: as(STAFF), input: () => ({}), budget: READ, optional: true },
  { phase: 'day', fn: 'counter', action: 'timebank.mine', as: as(STAFF), input: () => ({}), budget: READ, optional: true },
]

interface Row {
  step: Step
  counts: number[]
  /** Why an optional step was not measured. */
  missing?: string
}

async function runFlows(cloud: BenchCloud): Promise<{ rows: Row[]; failures: string[] }> {
  const passes: Pass[] = [1, 2].map((n) => ({ n, citizen: `oBENCH_citizen_${n}`, appointmentId: '', version: 0, secondId: '', secondVersion: 0 }))
  const rows: Row[] = STEPS.map((step) => ({ step, counts: [] }))
  const failures: string[] = []
  for (const phase of Object.keys(PHASES) as (keyof typeof PHASES)[]) {
    await cloud.setClock(PHASES[phase])
    for (const pass of passes) {
      for (const row of rows.filter((r) => r.step.phase === phase && !r.missing)) {
        const { step } = row
        const { body, dbRequests } = await cloud.call(step.fn, step.action, step.input(pass), step.as(pass))
        if (!body?.ok && step.optional) {
          row.missing = `not measured: ${body?.error?.code ?? 'no answer'} ${body?.error?.message ?? ''}`.trim()
          continue
        }
        if (!body?.ok) {
          failures.push(`${step.fn} ${step.action} (pass ${pass.n}) answered ${JSON.stringify(body?.error ?? body)}`)
          return { rows, failures }
        }
        step.keep?.(pass, body.data)
        row.counts.push(dbRequests)
      }
    }
  }
  return { rows, failures }
}

async function main() {
  const cloud = await startBenchCloud({ maxInstancesPerFunction: 1 })
  try {
    const { rows, failures } = await runFlows(cloud)
    const table = rows.map(({ step, counts: [first, warm], missing }) => {
      if (missing) return [`\`${step.fn}\` \`${step.action}\``, '–', '–', step.budget ?? '', missing]
      const over = step.budget !== undefined && warm !== undefined && warm > step.budget
      if (over) failures.push(`${step.fn} ${step.action}${step.label ? ` (${step.label})` : ''}: ${warm} database requests, budget ${step.budget}`)
      return [
        `\`${step.fn}\` \`${step.action}\`${step.label ? ` (${step.label})` : ''}`,
        first ?? '–',
        warm ?? '–',
        step.budget ?? '',
        step.budget === undefined || warm === undefined ? '' : over ? 'OVER' : 'ok',
      ]
    })
    console.log(`Database requests per action (X-Db-Requests), ${machine()}\n`)
    console.log(markdownTable(['action', 'first call', 'warm call', 'budget (warm)', ''], table, new Set([1, 2, 3])))
    if (failures.length) {
      console.error(`\n${failures.join('\n')}`)
      process.exitCode = 1
    }
  } finally {
    await cloud.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
