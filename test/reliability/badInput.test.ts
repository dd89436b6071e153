import * as v from 'valibot'
import { emulatorSdk } from '../support/emulatorSdk'
import { dispatch, type ActionTable } from '@shared/api'
import type { ActionContext } from '@server/context'
import { LATER_ON_HOLIDAY, ON_HOLIDAY, TABLE, type Row } from './authorizationTable'
import { appointmentIn, BEFORE_DEADLINE, completeService, startService, WHO, type Fixture } from './support/appointmentFixtures'
import { enumerateActions } from './support/enumerateActions'
import { malformedInputs, schemaKeys, type Json, type Malformed } from './support/malformedInputs'
import { changesBetween, codeOf, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 8, bad input: for every action of every function (enumerated from the `actions`
 * tables, so later actions are covered too) a few hundred malformed inputs answer
 * `INVALID_INPUT` (with a Chinese message) or a domain code, never `INTERNAL`, and a refusal
 * writes nothing. The bulk runs in this process through the same dispatcher the functions
 * use, as an authorised caller: every input the schema refuses must answer INVALID_INPUT
 * before the database is touched; up to 4 the schema lets through run against the
 * emulator's database; a sample of each action's inputs then goes the whole way through
 * the emulator.
 */
const CHINESE = /[\u4e00-\u9fff]/
/** Inputs the schema lets through that run against the database, per action (each costs requests). */
const ACCEPTED_PER_ACTION = 4
/**
 * Actions that call WeChat's openapi (`cloud.openapi`) or cloud storage (`cloud.uploadFile`,
 * R19), which only a function instance can reach: what their schema lets through goes through
 * the emulator instead of in process.
 */
const OPENAPI_ACTIONS = new Set(['booking phone.fromCode', 'booking appointments.claimByPhone', 'section records.register', 'section records.formDocument'])
/**
 * Refusals that write one thing on purpose: every invite code tried counts against the
 * caller's account (issue 13, item 7), right or wrong; nothing else may change.
 */
const COUNTED_ATTEMPTS: Record<string, string> = { 'catalog staff.redeem': 'redeemAttempts/' }
const AUTHORISED: Record<string, string> = { admin: WHO.admin, section: WHO.section, counter: WHO.leader, booking: WHO.zhang, catalog: WHO.zhang }

let cloud: ReliabilityCloud
let fixtures: Partial<Record<string, Fixture>>
const served: Fixture[] = []
beforeAll(async () => {
  cloud = await startReliabilityCloud()
  await cloud.setClock(BEFORE_DEADLINE)
  fixtures = {}
  for (const state of ['submitted', 'dispatched', 'assigned', 'confirmed', 'change_pending', 'force_majeure', 'parallel_submitted', 'parallel_confirmed'] as const) fixtures[state] = await appointmentIn(cloud, state)
  // served on the holiday (R19), one for each action after service (acknowledge, reviews, visits); then back before the deadline
  for (let i = 0; i < TABLE.filter((r) => r.record === 'completed').length; i++) served.push(await appointmentIn(cloud, 'confirmed'))
  await cloud.setClock(ON_HOLIDAY)
  for (const f of served) await startService(cloud, f)
  await cloud.setClock(LATER_ON_HOLIDAY)
  for (const f of served) await completeService(cloud, f)
  await cloud.setClock(BEFORE_DEADLINE)
})
afterAll(() => cloud?.close())

/** Whether anything changed since `before` besides an action's counted attempts. */
function wroteBesidesCounted(c: { fn: string; action: string }, before: Map<string, number>): boolean {
  const counted = COUNTED_ATTEMPTS[`${c.fn} ${c.action}`]
  return changesBetween(before, cloud.fingerprint()).some((change) => !counted || !change.slice(2).startsWith(counted))
}

interface Case {
  fn: string
  action: string
  table: ActionTable<ActionContext>
  row?: Row
}

const cases: Case[] = enumerateActions().flatMap(({ fn, actions }) =>
  Object.keys(actions).map((action) => ({ fn, action, table: actions, row: TABLE.find((r) => r.fn === fn && r.action === action && !r.variant) })),
)

/** The row's valid input and caller; an action without a row gets `{}` and its function's usual caller. */
async function validInput(c: Case): Promise<{ base: Json; openid: string }> {
  if (!c.row) return { base: {}, openid: AUTHORISED[c.fn] ?? WHO.zhang }
  const state = c.row.record === 'in_service' ? 'confirmed' : c.row.record
  const fixture = state === 'completed' ? served.shift() : state ? fixtures[state] : undefined
  const owner = c.fn === 'booking' && fixture ? fixture.owner : undefined
  return { base: (await c.row.input(cloud, fixture)) as Json, openid: owner ?? AUTHORISED[c.fn] ?? WHO.zhang }
}

interface Problem {
  input: string
  problem: string
}

function judge(answer: any, wrote: boolean, bugs: unknown[]): string | null {
  if (typeof answer !== 'object' || answer === null || typeof answer.ok !== 'boolean') return `not an answer: ${JSON.stringify(answer)?.slice(0, 80)}`
  if (bugs.length) return `threw: ${String(bugs[0]).slice(0, 120)}`
  const code = codeOf(answer)
  if (code === 'INTERNAL') return 'INTERNAL'
  if (!answer.ok && wrote) return `${code} but wrote to the database`
  if (code === 'INVALID_INPUT' && !CHINESE.test(answer.error.message)) return `INVALID_INPUT in English: ${answer.error.message}`
  if (({} as any).polluted !== undefined || ({} as any).isAdmin !== undefined) return 'Object.prototype polluted'
  return null
}

describe('malformed input to every action (INVALID_INPUT or a domain code, never INTERNAL; nothing written)', () => {
  it('enumerates the actions of every function', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40)
  })

  it.each(cases.map((c) => [`${c.fn} ${c.action}`, c] as const))('%s', async (_name, c) => {
    const { base, openid } = await validInput(c)
    const schema = c.table[c.action].input
    const inputs: Malformed[] = malformedInputs(base, schemaKeys(schema))
    expect(inputs.length).toBeGreaterThanOrEqual(100)
    const problems: Problem[] = []

    // 1. in process, every input: what the schema refuses answers INVALID_INPUT in Chinese
    //    without touching the database (a `db` that throws when used would be caught as a bug)
    const untouchable = new Proxy({}, { get: () => { throw new Error('the database was used before the input was checked') } })
    const refusing: ActionContext = { caller: { openid, source: 'wx_client' }, db: untouchable as ActionContext['db'], now: () => new Date(BEFORE_DEADLINE) }
    const accepted: Malformed[] = []
    for (const m of inputs) {
      // as the dispatcher reads it: a missing or null input is `{}`
      if (v.safeParse(schema, m.input ?? {}).success) {
        accepted.push(m)
        continue
      }
      const bugs: unknown[] = []
      const answer = await dispatch({ action: c.action, input: m.input }, c.table, refusing, (e) => bugs.push(e))
      const problem = judge(answer, false, bugs) ?? (codeOf(answer) === 'INVALID_INPUT' ? null : `schema refused it, answered ${codeOf(answer)}`)
      if (problem) problems.push({ input: m.label, problem })
    }
    // at least the inputs that are not objects (some schemas leave the rest to the handler, e.g. calendar.setYear)
    expect(inputs.length - accepted.length).toBeGreaterThanOrEqual(5)

    // 2. in process, what the schema lets through (odd but valid values) runs against the
    //    emulator's database: a domain answer, and a refusal writes nothing
    const ctx: ActionContext = { caller: { openid, source: 'wx_client' }, db: emulatorSdk(cloud).database(), now: () => new Date(BEFORE_DEADLINE) }
    const step = Math.max(1, Math.ceil(accepted.length / ACCEPTED_PER_ACTION))
    const viaEmulator = OPENAPI_ACTIONS.has(`${c.fn} ${c.action}`)
    for (const m of accepted.filter((_, i) => i % step === 0)) {
      if (viaEmulator) {
        const before = cloud.stamp()
        const answer = await cloud.call(c.fn, c.action, m.input, openid)
        const problem = judge(answer, cloud.stamp() !== before, [])
        if (problem) problems.push({ input: `(emulator) ${m.label}`, problem })
        continue
      }
      const bugs: unknown[] = []
      const before = cloud.fingerprint()
      const answer = await dispatch({ action: c.action, input: m.input }, c.table, ctx, (e) => bugs.push(e))
      const problem = judge(answer, wroteBesidesCounted(c, before), bugs)
      if (problem) problems.push({ input: m.label, problem })
    }
    expect(problems).toEqual([])

    // 3. the whole path: a sample through the emulator, as the same caller, one at a time
    //    (one warm instance per function, not four cold ones)
    for (const m of [...inputs.filter((_, i) => i < 3 || i % 151 === 0), ...accepted.slice(0, 1)]) {
      const before = cloud.fingerprint()
      const answer = await cloud.call(c.fn, c.action, m.input, openid)
      const problem = judge(answer, wroteBesidesCounted(c, before), [])
      if (problem) problems.push({ input: `(emulator) ${m.label}`, problem })
    }
    expect(problems).toEqual([])
  })
})
