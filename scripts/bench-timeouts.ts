/**
 * `npm run bench:timeouts`: the worst case of each function's heaviest action on the emulator,
 * and the timeout it asks for: at least twice (the measured time + 30 ms of the platform's
 * database latency for each of its database requests), in whole seconds. Fails when a
 * timeout in cloudbaserc.json is below that. Figures go to docs/deploy.md.
 *
 *   supervision supervision.report over a year for the busiest window (3000 appointments)
 *   scheduler a run sending 100 messages, half of them failing (fault injection)
 *   others    their heaviest listing on the example data
 */

import { loadManifest } from '../deploy/manifest'
import { machine, markdownTable, root, startBenchCloud, type BenchCloud } from '../bench/benchCloud'
import { emulatorSdk } from '../test/support/emulatorSdk'

const DB_LATENCY_MS = 30
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const ADMIN = 'oEXAMPLE_admin_wang'
const YEAR_OF_APPOINTMENTS = 3000
const MESSAGES = 100
let seq = 0
const requestId = () => `timeouts-${++seq}`

function database(cloud: BenchCloud) {
  return emulatorSdk(cloud).database()
}

async function ok(cloud: BenchCloud, fn: string, action: string, input: unknown, openid: string) {
  const called = await cloud.call(fn, action, input, openid)
  if (!called.body.ok) throw new Error(`${fn} ${action}: ${JSON.stringify(called.body).slice(0, 300)}`)
  return called
}

/** One real appointment through booking and section, copied across a year onto window 2. */
async function yearOfAppointments(cloud: BenchCloud): Promise<void> {
  await cloud.setClock('2026-09-20T10:00:00+08:00')
  const made = await ok(cloud, 'booking', 'appointments.request', { requestId: requestId(), itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } }, 'oBENCH_citizen')
  const { id, version } = made.body.data.appointment
  await ok(cloud, 'section', 'appointments.dispatch', { appointmentId: id, version, requestId: requestId(), leadWindowId: 'win-02', assistingWindowIds: [] }, SECTION)
  const db = database(cloud)
  const { data: original } = (await db.collection('appointments').doc(id).get()) as { data: Record<string, unknown> }
  const { _id: _dropped, ...fields } = original
  const dayOf = (i: number) => new Date(Date.UTC(2026, 0, 1) + Math.floor((i * 365) / YEAR_OF_APPOINTMENTS) * 86_400_000).toISOString().slice(0, 10)
  for (let i = 0; i < YEAR_OF_APPOINTMENTS; i += 25) {
    const batch = Array.from({ length: Math.min(25, YEAR_OF_APPOINTMENTS - i) }, (_, j) => i + j)
    await Promise.all(batch.map((k) => db.collection('appointments').add({ data: { ...fields, _id: `bench-${k}`, date: dayOf(k) } })))
  }
}

/** MESSAGES pending messages to granted recipients, and WeChat failing half of the sends. */
async function busyOutbox(cloud: BenchCloud): Promise<void> {
  const db = database(cloud)
  // the dispatch notice of the appointment above, already tried by the warm-up run: made new again
  const { data } = (await db.collection('outbox').where({ to: 'window-staff' }).limit(1).get()) as { data: Record<string, any>[] }
  if (data.length === 0) throw new Error('no message to copy')
  const { _id: _dropped, sentAt: _s, errCode: _c, errMsg: _m, deliveries: _d, retryable: _r, claimedAt: _t, ...sent } = data[0]
  const message = { ...sent, status: 'pending', attempts: 0 }
  await Promise.all(Array.from({ length: MESSAGES }, (_, i) => db.collection('outbox').add({ data: { ...message, _id: `bench-msg-${i}` } })))
  // window 2's staff allow the staff templates once per message, as the app reports it
  const upcoming = await ok(cloud, 'catalog', 'calendar.upcoming', {}, LEADER)
  const tmplIds: string[] = upcoming.body.data.subscribeTemplates.staff
  for (const openid of [LEADER, STAFF]) {
    for (let i = 0; i < MESSAGES; i++) {
      const asked = await fetch(`${cloud.url}/__dev/subscribe`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ openid, tmplIds }) })
      const { errMsg: _errMsg, ...answers } = (await asked.json()) as Record<string, string>
      await ok(cloud, 'booking', 'subscriptions.grant', { requestId: requestId(), answers }, openid)
    }
  }
  const res = await fetch(`${cloud.url}/__dev/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ subscribeMessage: { rate: 0.5 } }) })
  if (!res.ok) throw new Error(`faults: ${await res.text()}`)
}

/** The scheduler as its timer runs it; its own duration and database requests from the emulator's stats. */
async function fireScheduler(cloud: BenchCloud): Promise<{ ms: number; dbRequests: number }> {
  const fired = await (await fetch(`${cloud.url}/__dev/triggers/scheduler`, { method: 'POST' })).json()
  if (!fired.ok) throw new Error(`scheduler: ${JSON.stringify(fired).slice(0, 300)}`)
  const { invocations } = await (await fetch(`${cloud.url}/__dev/stats?limit=1`)).json()
  const last = invocations.at(-1) ?? invocations[0]
  if (last.functionName !== 'scheduler') throw new Error('the last invocation is not the scheduler run')
  return { ms: last.durationMs, dbRequests: last.dbRequests }
}

async function main(): Promise<void> {
  const manifest = loadManifest(root)
  const cloud = await startBenchCloud()
  const rows: (string | number)[][] = []
  const failures: string[] = []
  const measure = async (fn: string, action: string, input: unknown, openid: string, what: string) => {
    await ok(cloud, fn, action, input, openid) // warm: the platform's cold start is not the action's cost
    let worst = { ms: 0, dbRequests: 0 }
    for (let i = 0; i < 3; i++) {
      const called = await ok(cloud, fn, action, input, openid)
      if (called.ms > worst.ms) worst = called
    }
    record(fn, `${action} (${what})`, worst)
  }
  function record(fn: string, what: string, worst: { ms: number; dbRequests: number }) {
    const needs = Math.ceil((2 * (worst.ms + DB_LATENCY_MS * worst.dbRequests)) / 1000)
    const timeout = manifest.functions.find((f) => f.name === fn)!.timeout
    rows.push([fn, what, worst.ms.toFixed(0), worst.dbRequests, needs, timeout])
    console.error(`measured ${fn}: ${worst.ms.toFixed(0)} ms, ${worst.dbRequests} requests`)
    if (timeout < needs) failures.push(`${fn}: timeout ${timeout} s < ${needs} s`)
  }
  try {
    await yearOfAppointments(cloud)
    await measure('supervision', 'supervision.report', { from: '2026-01-01', to: '2026-12-31', windowId: 'win-02', format: 'csv' }, SECTION, `${YEAR_OF_APPOINTMENTS} appointments`)
    await measure('counter', 'queue.list', {}, LEADER, 'window 2')
    await measure('admin', 'staff.list', {}, ADMIN, 'example data')
    await measure('catalog', 'items.list', { q: '证' }, 'oBENCH_citizen', 'search')
    await measure('booking', 'appointments.mine', {}, 'oBENCH_citizen', 'one citizen')
    await fireScheduler(cloud) // warm, before the messages exist
    await busyOutbox(cloud)
    record('scheduler', `timer run (${MESSAGES} messages, half failing)`, await fireScheduler(cloud))
  } finally {
    await cloud.close()
  }
  console.log(markdownTable(['function', 'heaviest action', 'worst ms', 'db requests', 'needs s', 'manifest s'], rows, new Set([2, 3, 4, 5])))
  console.log(`\n${machine()}`)
  if (failures.length) {
    console.error(`\ntimeouts too short:\n- ${failures.join('\n- ')}`)
    process.exit(1)
  }
}

void main().catch((error) => {
  console.error(error)
  process.exit(1)
})
