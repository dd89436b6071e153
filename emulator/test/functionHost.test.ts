import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { FIXTURE_FUNCTIONS, startEmulator, type TestEmulator } from './support/startEmulator'

// cold starts of function instances take seconds on a busy machine
jest.setTimeout(20_000)

let emulator: TestEmulator

beforeAll(async () => {
  emulator = await startEmulator({ maxInstancesPerFunction: 6 })
})
afterAll(() => emulator.stop())

describe('caller identity', () => {
  it('gives each of 50 concurrent callers their own OPENID, before and after an await', async () => {
    const openids = Array.from({ length: 50 }, (_, i) => `oCONCURRENT_${i}`)
    const answers = await Promise.all(openids.map((openid, i) => emulator.call('echo', { sleepMs: (i * 7) % 40, i }, openid)))
    answers.forEach((a, i) => {
      expect(a.status).toBe(200)
      expect(a.body.openid).toBe(openids[i])
      expect(a.body.openidAfterSleep).toBe(openids[i])
      expect(a.body.event).toMatchObject({ i, userInfo: { openId: openids[i] } })
      expect(a.headers.get('x-openid')).toBe(openids[i])
    })
    // more than one instance served the load, and never more than the cap
    const pids = new Set(answers.map((a) => a.body.pid))
    expect(pids.size).toBeGreaterThan(1)
    expect(pids.size).toBeLessThanOrEqual(6)
  }, 20_000)

  it('reports the context as getWXContext() does in WeChat', async () => {
    const { body } = await emulator.call('echo', {}, 'oEXAMPLE_citizen_zhang')
    expect(body.context).toEqual({
      OPENID: 'oEXAMPLE_citizen_zhang',
      APPID: expect.stringMatching(/^wx/),
      CLIENTIP: '127.0.0.1',
      ENV: 'local-emulator',
      SOURCE: 'wx_client',
    })
  })

  it('makes up a new anonymous citizen when X-OpenId is absent, and says who in the answer', async () => {
    const first = await emulator.call('echo')
    const second = await emulator.call('echo')
    expect(first.headers.get('x-openid')).toMatch(/^oANON_/)
    expect(first.body.openid).toBe(first.headers.get('x-openid'))
    expect(second.body.openid).not.toBe(first.body.openid)
  })

  it('puts the caller in event.userInfo, as WeChat does for mini-program calls', async () => {
    const { body } = await emulator.call('echo', { action: 'x' }, 'oUSERINFO')
    expect(body.event).toEqual({ action: 'x', userInfo: { appId: body.context.APPID, openId: 'oUSERINFO' } })
  })

  it('runs functions in UTC, as WeChat does, whatever the host zone', async () => {
    const { body } = await emulator.call('echo', {}, 'oTZ')
    expect(body.timezoneOffset).toBe(0)
  })
})

describe('failures answer as WeChat does', () => {
  it('answers a thrown error with -504002 and the message, and the next call works', async () => {
    const failed = await emulator.call('throws', {}, 'oFAIL')
    expect(failed.status).toBe(500)
    expect(failed.body.errCode).toBe(-504002)
    expect(failed.body.errMsg).toContain('functions execute fail')
    expect(failed.body.errMsg).toContain('boom: the function failed')
    expect(failed.body.errMsg).not.toContain('instanceRuntime')
    const next = await emulator.call('echo', {}, 'oFAIL')
    expect(next.body.openid).toBe('oFAIL')
  })

  it('kills a function past its manifest timeout, answers the timeout, and serves the next call', async () => {
    const started = Date.now()
    const [waiting, busy] = await Promise.all([emulator.call('slow', {}), emulator.call('slow', { busy: true })])
    expect(Date.now() - started).toBeLessThan(4000)
    for (const answer of [waiting, busy]) {
      expect(answer.status).toBe(500)
      expect(answer.body.errCode).toBe(-504002)
      expect(answer.body.errMsg).toContain('Invoking task timed out after 1 seconds')
    }
    const next = await emulator.call('slow', { quick: true })
    expect(next.body).toBe('quick')
  })

  it('answers a bundle that fails to load with -504002 and the load error', async () => {
    const answer = await emulator.call('broken')
    expect(answer.body.errCode).toBe(-504002)
    expect(answer.body.errMsg).toContain("Cannot find module './not-built-yet'")
  })

  it('answers 404 for a function that does not exist', async () => {
    const missing = await emulator.call('nosuchfunction')
    expect(missing.status).toBe(404)
    expect(missing.body.errCode).toBe(-501000)
  })
})

describe('cloud.callFunction between functions', () => {
  it('runs the callee for the same user, with the caller chain as SOURCE', async () => {
    const { body } = await emulator.call('caller', { nested: 1 }, 'oCHAIN')
    expect(body).toMatchObject({ ok: true, mine: 'oCHAIN' })
    expect(body.callee.openid).toBe('oCHAIN')
    expect(body.callee.context.SOURCE).toBe('wx_client,scf')
    expect(body.callee.event).toEqual({ from: 'caller', nested: 1 })
  })

  it('makes cloud.callFunction throw in the caller when the callee fails', async () => {
    const { body } = await emulator.call('caller', { callee: 'throws' }, 'oCHAIN')
    expect(body.ok).toBe(false)
    // wx-server-sdk 4.0.2 over node-sdk 3.17.2 turns CloudBase's FUNCTIONS_EXECUTE_FAIL
    // answer into a plain Error, so the caller sees errCode -1 with the callee's message
    expect(body.errCode).toBe(-1)
    expect(body.errMsg).toContain('callFunction:fail')
    expect(body.errMsg).toContain('boom: the function failed')
  })
})

describe('database request counting', () => {
  it('counts the requests an invocation makes, in X-Db-Requests and /__dev/stats', async () => {
    const answer = await emulator.call('notes', { text: '你好' }, 'oNOTES')
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ text: '你好', total: 1 })
    expect(answer.headers.get('x-db-requests')).toBe('3')
    const echo = await emulator.call('echo', {}, 'oNOTES')
    expect(echo.headers.get('x-db-requests')).toBe('0')

    const { body } = await emulator.get('/__dev/stats?limit=5')
    const mine = body.invocations.find((s: { requestId: string }) => s.requestId === answer.headers.get('x-request-id'))
    expect(mine).toMatchObject({ functionName: 'notes', openid: 'oNOTES', dbRequests: 3, ok: true })
    expect(mine.value).toBeUndefined()
  })
})

describe('rebuilt bundles', () => {
  it('serve the next call from the new index.js', async () => {
    const root = mkdtempSync(join(tmpdir(), 'emulator-functions-'))
    cpSync(join(FIXTURE_FUNCTIONS, 'throws'), join(root, 'version'), { recursive: true })
    const local = await startEmulator({ functionsRoot: root, functions: undefined })
    try {
      const write = (answer: string) =>
        writeFileSync(join(root, 'version', 'index.js'), `exports.main = async () => (${JSON.stringify(answer)})`)
      write('first build')
      expect((await local.call('version')).body).toBe('first build')
      write('second build, a little longer')
      expect((await local.call('version')).body).toBe('second build, a little longer')
    } finally {
      await local.stop()
      rmSync(root, { recursive: true, force: true })
    }
  })
})
