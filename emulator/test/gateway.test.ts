import cloudbase from '@cloudbase/node-sdk'
import { emulatorSdk } from '../../test/support/emulatorSdk'
import { EXAMPLE_SEED } from '../src/seed'
import { startEmulator, type TestEmulator } from './support/startEmulator'

// cold starts of function instances take seconds on a busy machine
jest.setTimeout(20_000)

let emulator: TestEmulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.stop())

const countItems = async () => ((await emulatorSdk(emulator).database().collection('items').count()) as { total: number }).total

describe('seed and reset', () => {
  it('starts with the example data', async () => {
    expect(await countItems()).toBe(EXAMPLE_SEED.collections.items.length)
  })

  it('lists the seeded identities with their roles', async () => {
    const { body } = await emulator.get('/__dev/identities')
    expect(body).toEqual(expect.arrayContaining([
      { openid: 'oEXAMPLE_admin_wang', label: expect.any(String), roles: ['admin'] },
      { openid: 'oEXAMPLE_citizen_zhang', label: '市民 张女士', roles: [] },
    ]))
  })

  it('wipes data, outbox and clock on reset, and loads the example data again', async () => {
    await emulator.call('notes', { text: 'before reset' }, 'oRESET')
    const db = emulatorSdk(emulator).database()
    await db.collection('items').where({ _id: db.command.exists(true) }).remove()
    await emulator.post('/__dev/clock', { now: '2030-01-01T00:00:00+08:00' })
    expect(await countItems()).toBe(0)

    expect((await emulator.post('/__dev/reset')).status).toBe(200)
    expect(await countItems()).toBe(EXAMPLE_SEED.collections.items.length)
    const notes = await emulator.call('notes', { text: 'after reset' }, 'oRESET')
    expect(notes.body.total).toBe(1)
    expect((await emulator.get('/__dev/clock')).body.offsetMs).toBe(0)
  })
})

describe('static H5 build', () => {
  it.each([
    ['/', 'text/html; charset=utf-8', '<div id="app">'],
    ['/assets/app.js', 'text/javascript; charset=utf-8', 'console.log'],
    ['/assets/app.css', 'text/css; charset=utf-8', 'margin:0'],
    ['/pages/appointment/detail', 'text/html; charset=utf-8', '<div id="app">'],
  ])('serves %s as %s', async (path, type, content) => {
    const res = await fetch(`${emulator.url}${path}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe(type)
    expect(await res.text()).toContain(content)
  })

  it.each(['/assets/missing.js', '/..%2f..%2fpackage.json', '/%2e%2e/%2e%2e/package.json'])('answers 404 for %s', async (path) => {
    expect((await fetch(`${emulator.url}${path}`)).status).toBe(404)
  })
})

describe('malformed requests answer JSON errors, and the emulator keeps serving', () => {
  it.each([
    ['a call with broken JSON', '/__dev/call/echo', '{"a":'],
    ['a call with an array body', '/__dev/call/echo', '[1,2]'],
    ['a clock with broken JSON', '/__dev/clock', 'nope'],
    ['a CloudBase request with broken JSON', '/tcb', '{'],
  ])('%s: 400', async (_what, path, body) => {
    const res = await emulator.post(path, body)
    expect(res.status).toBe(400)
    expect(res.body.error).toEqual(expect.any(String))
  })

  it('refuses a bad X-OpenId', async () => {
    expect((await emulator.call('echo', {}, 'bad openid!')).status).toBe(400)
  })

  it('answers an unknown dev endpoint or method with 404', async () => {
    expect((await emulator.get('/__dev/nothing')).status).toBe(404)
    expect((await emulator.get('/__dev/call/echo')).status).toBe(404)
    expect((await emulator.post('/__dev/identities')).status).toBe(404)
  })

  it('answers an unknown CloudBase action as CloudBase does, with a code the SDK throws', async () => {
    // storage.batchCopyFile, which wx-server-sdk never sends: through @cloudbase/node-sdk, the SDK under
    // it (installed as wx-server-sdk's own dependency)
    const tcb = cloudbase.init({ ...emulator.sdkOptions } as Parameters<typeof cloudbase.init>[0])
    await expect(tcb.copyFile({ fileList: [{ srcPath: 'a/x.png', dstPath: 'b/x.png' }] })).rejects.toMatchObject({
      code: 'INVALID_PARAM',
      message: expect.stringContaining('not supported by the emulator'),
    })
  })

  it('refuses a broken multipart body', async () => {
    const res = await emulator.post('/tcb', '--x\r\nbroken', { 'content-type': 'multipart/form-data; boundary=zzz' })
    expect(res.status).toBe(400)
  })

  it('refuses a body over the size limit', async () => {
    const res = await emulator.post('/__dev/call/echo', JSON.stringify({ big: 'x'.repeat(6 * 1024 * 1024) }))
    expect(res.status).toBe(413)
  })

  it('still serves calls afterwards', async () => {
    expect((await emulator.call('echo', {}, 'oSTILL_HERE')).body.openid).toBe('oSTILL_HERE')
  })
})

describe('the dev gateway', () => {
  it('lets same-machine pages call it across ports (CORS), and no one else', async () => {
    const local = await fetch(`${emulator.url}/__dev/identities`, { headers: { origin: 'http://localhost:10086' } })
    expect(local.headers.get('access-control-allow-origin')).toBe('http://localhost:10086')
    const remote = await fetch(`${emulator.url}/__dev/identities`, { headers: { origin: 'https://example.com' } })
    expect(remote.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('lists the functions with their config', async () => {
    const { body } = await emulator.get('/__dev/functions')
    expect(body.functions).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'ticker', triggers: [{ name: 'morning', type: 'timer', config: '0 0 9 * * * *' }], timeout: 3 }),
      expect.objectContaining({ name: 'slow', timeout: 1 }),
    ]))
  })
})

describe('loopback only', () => {
  it('refuses a foreign Host (DNS rebinding) and a cross-site Origin', async () => {
    const http = await import('node:http')
    const status = (headers: Record<string, string>) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(`${emulator.url}/__dev/reset`, { method: 'POST', headers }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        })
        req.on('error', reject)
        req.end()
      })
    expect(await status({ host: 'evil.example:80' })).toBe(403)
    expect(await status({ origin: 'https://evil.example' })).toBe(403)
  })

  it('refuses Origin: null (a sandboxed page, a data: URL), even for reads', async () => {
    const reset = await emulator.post('/__dev/reset', {}, { origin: 'null' })
    expect(reset.status).toBe(403)
    expect(reset.body.error).toMatch(/Origin: null/)
    expect((await fetch(`${emulator.url}/__dev/identities`, { headers: { origin: 'null' } })).status).toBe(403)
  })

  it('takes changes only from its own pages; another local port may only read', async () => {
    const before = (await emulator.get('/__dev/clock')).body.offsetMs
    const otherPort = await emulator.post('/__dev/clock', { advanceMinutes: 60 }, { origin: 'http://127.0.0.1:10086' })
    expect(otherPort.status).toBe(403)
    expect((await emulator.get('/__dev/clock')).body.offsetMs).toBe(before)
    expect((await fetch(`${emulator.url}/__dev/clock`, { headers: { origin: 'http://127.0.0.1:10086' } })).status).toBe(200)

    for (const own of [emulator.url, `http://localhost:${emulator.port}`]) {
      expect((await emulator.post('/__dev/call/echo', {}, { origin: own })).status).toBe(200)
    }
  })
})

describe('the CloudBase API outside a function invocation', () => {
  const addNote = { action: 'database.addDocument', collectionName: 'items', data: '[{"text":"written from outside"}]' }
  const notes = async () => ((await emulatorSdk(emulator).database().collection('items').where({ text: 'written from outside' }).count()) as { total: number }).total

  it('refuses a request with no invocation token and no signature, and writes nothing', async () => {
    const { status, body } = await emulator.post('/tcb', addNote)
    expect(status).toBe(200)
    expect(body).toMatchObject({ code: 'SIGN_PARAM_INVALID', message: expect.stringMatching(/not signed/) })
    expect(await notes()).toBe(0)
  })

  it('refuses a token of no running invocation, and writes nothing', async () => {
    const { body } = await emulator.post('/tcb/0123456789abcdef01234567', addNote)
    expect(body).toMatchObject({ code: 'SIGN_PARAM_INVALID', message: expect.stringMatching(/token/) })
    expect(await notes()).toBe(0)
  })

  it('refuses the SDK signing with another key, and writes nothing', async () => {
    const stranger = emulatorSdk({ sdkOptions: { ...emulator.sdkOptions, secretKey: 'not-the-emulators-key' } })
    // node-sdk reports a code it does not know as -501001, with the emulator's message
    await expect(stranger.database().collection('items').add({ data: { text: 'written from outside' } })).rejects.toMatchObject({
      errMsg: expect.stringContaining('the signature does not match'),
    })
    expect(await notes()).toBe(0)
  })

  it("answers the SDK signing with the emulator's key", async () => {
    await emulatorSdk(emulator).database().collection('items').add({ data: { text: 'written from outside' } })
    expect(await notes()).toBe(1)
  })

  it('takes the key pair it is given, as npm start does from the environment', async () => {
    const other = await startEmulator({ credentials: { secretId: 'AKIDgiven', secretKey: 'given-key' } })
    try {
      expect(other.sdkOptions).toMatchObject({ secretId: 'AKIDgiven', secretKey: 'given-key', serviceUrl: `${other.url}/tcb` })
      expect(await emulatorSdk(other).database().collection('items').count()).toMatchObject({ total: EXAMPLE_SEED.collections.items.length })
    } finally {
      await other.stop()
    }
  })
})

describe('the collections option', () => {
  it('makes a function writing a collection the list leaves out fail with -502005, and serves the declared ones', async () => {
    const strict = await startEmulator({ seed: false, collections: ['memos'] })
    try {
      const refused = await strict.call('notes', { text: 'not declared' }, 'oSTRICT')
      expect(refused.status).toBe(500)
      expect(refused.body.errMsg).toMatch(/-502005/)
      const open = await startEmulator({ seed: false, collections: ['notes'] })
      try {
        expect((await open.call('notes', { text: 'declared' }, 'oSTRICT')).body).toMatchObject({ text: 'declared', total: 1 })
      } finally {
        await open.stop()
      }
    } finally {
      await strict.stop()
    }
  })
})
