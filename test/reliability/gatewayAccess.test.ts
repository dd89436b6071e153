import { emulatorSdk } from '../support/emulatorSdk'
import { WHO } from './support/appointmentFixtures'
import { changesBetween, startReliabilityCloud, type ReliabilityCloud } from './support/reliabilityCloud'

/**
 * Issue 13, item 3: the dev gateway and the CloudBase API on `npm start`, tried as an
 * attacker would from this machine's browser or a script without the emulator's key.
 * A web page (`Origin: null` from a sandboxed frame or a `data:` URL, or another local
 * port) changes nothing; `/tcb` answers only a running invocation's token or a request
 * signed with the emulator's SecretId and SecretKey (emulator/README.md).
 */
let cloud: ReliabilityCloud
beforeAll(async () => {
  cloud = await startReliabilityCloud()
})
afterAll(() => cloud?.close())

const raw = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${cloud.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })

/** Everything a state-changing request could touch: the database, the clock, grants and messages, faults, invocations. */
async function snapshot() {
  const [clock, outbox, faults, stats] = await Promise.all(['/__dev/clock', '/__dev/outbox', '/__dev/faults', '/__dev/stats?limit=1000'].map((p) => cloud.get(p)))
  return { database: cloud.fingerprint(), clock: clock.offsetMs, outbox: outbox.messages.length, faults, invocations: stats.invocations.length }
}

async function expectUnchanged(before: Awaited<ReturnType<typeof snapshot>>) {
  const after = await snapshot()
  expect(changesBetween(before.database, after.database)).toEqual([])
  expect({ ...after, database: null }).toEqual({ ...before, database: null })
}

describe('the dev gateway from a web page', () => {
  const stateChanging = async (): Promise<[string, unknown][]> => {
    const { functions } = await cloud.get('/__dev/functions')
    const triggered = functions.find((f: { triggers: unknown[] }) => f.triggers.length > 0).name
    return [
      ['/__dev/call/booking', { action: 'appointments.mine', input: {} }],
      ['/__dev/clock', { advanceMinutes: 24 * 60 }],
      [`/__dev/triggers/${triggered}`, {}],
      ['/__dev/reset', {}],
      ['/__dev/subscribe', { openid: WHO.staff, tmplIds: ['ex-DISPATCH-7bN2kLd9sYt4uWcR8hJpA1eGoTiN6bMvQ'] }],
      ['/__dev/phonecode', {}],
      ['/__dev/faults', { subscribeMessage: { rate: 1 } }],
    ]
  }

  it.each([['null'], ['http://localhost:10086'], ['http://127.0.0.1:1']])('refuses every state-changing endpoint from Origin %s, and changes nothing', async (origin) => {
    const before = await snapshot()
    for (const [path, body] of await stateChanging()) {
      const res = await raw(path, body, { origin })
      expect({ path, status: res.status }).toEqual({ path, status: 403 })
      expect((await res.json()).error).toEqual(expect.any(String))
    }
    await expectUnchanged(before)
  })

  it("takes them from the gateway's own pages (the H5 app it serves)", async () => {
    const res = await raw('/__dev/call/catalog', { action: 'items.list', input: {} }, { origin: cloud.url })
    expect(res.status).toBe(200)
  })
})

describe('the CloudBase API (/tcb) outside a function', () => {
  // what the attacker came for: staff records hold OPENIDs, invite records their codes
  const readStaff = { action: 'database.queryDocument', collectionName: 'staff', query: '{}', limit: 100 }
  const addStaff = { action: 'database.addDocument', collectionName: 'staff', data: '[{"openid":"oATTACKER","roles":["admin"],"active":true}]' }
  const invoke = { action: 'functions.invokeFunction', function_name: 'admin', request_data: '{"action":"staff.list","input":{}}' }

  it.each([
    ['no token and no signature', '/tcb', {}],
    ['a token of no running invocation', '/tcb/0123456789abcdef01234567', {}],
    ['a signature in the wrong form', '/tcb', { authorization: 'TC3-HMAC-SHA256 Credential=x, Signature=y', 'x-timestamp': '1' }],
  ])('refuses a request with %s: no data, no write, no invocation', async (_what, path, headers) => {
    const before = await snapshot()
    for (const body of [readStaff, addStaff, invoke]) {
      const answer = await (await raw(path, body, headers)).json()
      expect(answer).toEqual({ code: 'SIGN_PARAM_INVALID', message: expect.any(String), requestId: expect.any(String) })
      expect(JSON.stringify(answer)).not.toContain('oEXAMPLE')
    }
    await expectUnchanged(before)
  })

  it('refuses the real SDK signing with a key that is not the emulator’s, and writes nothing', async () => {
    const before = await snapshot()
    const stranger = emulatorSdk({ sdkOptions: { ...cloud.sdkOptions, secretKey: 'guessed-key' } })
    await expect(stranger.database().collection('staff').get()).rejects.toMatchObject({ errMsg: expect.stringContaining('signature does not match') })
    await expect(stranger.database().collection('staff').add({ data: { openid: 'oATTACKER', roles: ['admin'] } })).rejects.toBeDefined()
    await expectUnchanged(before)
  })

  it('answers the real SDK signing with the emulator’s key', async () => {
    const staff = (await emulatorSdk(cloud).database().collection('staff').get()) as { data: any[] }
    expect(staff.data.map((s) => s.openid)).toContain(WHO.staff)
  })
})
