import { startEmulator, type TestEmulator } from './support/startEmulator'

// cold starts of function instances take seconds on a busy machine
jest.setTimeout(20_000)

let emulator: TestEmulator

beforeAll(async () => {
  emulator = await startEmulator()
})
afterAll(() => emulator.stop())
beforeEach(async () => {
  await emulator.post('/__dev/reset')
})

const ticks = async () => (await emulator.get('/__dev/stats?limit=100')).body.invocations.filter((i: { functionName: string }) => i.functionName === 'ticker')

describe('the emulator clock', () => {
  it('is set with an ISO time and seen by functions as new Date()', async () => {
    const { body } = await emulator.post('/__dev/clock', { now: '2026-09-24T10:00:00+08:00' })
    expect(body.now).toMatch(/^2026-09-24T10:00:0\d\.\d{3}\+08:00$/)
    const answer = await emulator.call('echo', {}, 'oCLOCK')
    expect(answer.body.now).toMatch(/^2026-09-24T02:00:0\d\.\d{3}Z$/)
    expect(Math.abs(answer.body.dateNow - Date.parse('2026-09-24T02:00:00Z'))).toBeLessThan(5000)
    expect(answer.body.isDate).toBe(true)
  })

  it('advances by minutes', async () => {
    await emulator.post('/__dev/clock', { now: '2026-09-24T10:00:00+08:00' })
    const { body } = await emulator.post('/__dev/clock', { advanceMinutes: 90 })
    expect(body.now).toMatch(/^2026-09-24T11:30:0\d/)
    expect((await emulator.get('/__dev/clock')).body.now).toMatch(/^2026-09-24T11:30:0\d/)
    expect((await emulator.call('echo', {}, 'oCLOCK')).body.now).toMatch(/^2026-09-24T03:30:0\d/)
  })

  it('is used by db.serverDate()', async () => {
    await emulator.post('/__dev/clock', { now: '2026-10-01T08:00:00+08:00' })
    const { body } = await emulator.call('notes', {}, 'oCLOCK')
    expect(new Date(body.at).toISOString()).toMatch(/^2026-10-01T00:00:0\d/)
  })

  it.each([
    [{ now: '2026-09-24T10:00:00' }],
    [{ now: 'tomorrow' }],
    [{ advanceMinutes: 'ten' }],
    [{}],
  ])('refuses %j with 400', async (body) => {
    expect((await emulator.post('/__dev/clock', body)).status).toBe(400)
  })

  it('stays set across a restart on the same data folder', async () => {
    const again = await startEmulator()
    const dataDir = again.dataDir
    await again.post('/__dev/clock', { now: '2030-01-01T00:00:00+08:00' })
    await again.close()
    const restarted = await startEmulator({ dataDir })
    try {
      expect((await restarted.get('/__dev/clock')).body.now).toMatch(/^2030-01-01T00:00:0\d/)
    } finally {
      await restarted.stop()
    }
  })
})

describe('timer triggers', () => {
  it('fire once when the clock passes their time, as wx_trigger with no OPENID', async () => {
    await emulator.post('/__dev/clock', { now: '2026-09-30T08:59:00+08:00' })
    const { body } = await emulator.post('/__dev/clock', { advanceMinutes: 2 })
    expect(body.fired).toHaveLength(1)
    expect(body.fired[0]).toMatchObject({ functionName: 'ticker', triggerName: 'morning', time: '2026-09-30T01:00:00Z', ok: true })
    expect(body.fired[0].value).toMatchObject({
      event: { Type: 'Timer', TriggerName: 'morning', Time: '2026-09-30T01:00:00Z' },
      source: 'wx_trigger',
      openid: null,
    })
    expect(body.fired[0].value.now).toMatch(/^2026-09-30T01:01/)
  })

  it('fire once, at the latest due time, when the clock jumps over several', async () => {
    await emulator.post('/__dev/clock', { now: '2026-09-30T10:00:00+08:00' })
    const { body } = await emulator.post('/__dev/clock', { advanceMinutes: 3 * 24 * 60 })
    expect(body.fired.map((f: { time: string }) => f.time)).toEqual(['2026-10-03T01:00:00Z'])
  })

  it('do not fire when the clock moves back or stays short of their time', async () => {
    await emulator.post('/__dev/clock', { now: '2026-09-30T10:00:00+08:00' })
    expect((await emulator.post('/__dev/clock', { now: '2026-09-29T08:00:00+08:00' })).body.fired).toEqual([])
    expect((await emulator.post('/__dev/clock', { advanceMinutes: 30 })).body.fired).toEqual([])
    expect(await ticks()).toHaveLength(0)
  })

  it('fire on request through /__dev/triggers/:name', async () => {
    await emulator.post('/__dev/clock', { now: '2026-09-30T15:00:00+08:00' })
    const { status, body } = await emulator.post('/__dev/triggers/ticker')
    expect(status).toBe(200)
    expect(body).toMatchObject({ functionName: 'ticker', triggerName: 'morning', ok: true })
    expect(body.time).toMatch(/^2026-09-30T07:00:0\dZ$/)
    expect((await emulator.post('/__dev/triggers/echo')).status).toBe(404)
    expect((await emulator.post('/__dev/triggers/nosuch')).status).toBe(404)
  })

  it('fire on their own as the clock runs', async () => {
    const ticking = await startEmulator({ triggerIntervalMs: 50 })
    try {
      // 09:00:00 Beijing comes a moment after the clock is set
      const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10)
      await ticking.post('/__dev/clock', { now: `${today}T08:59:59.800+08:00` })
      const runs = async () =>
        (await ticking.get('/__dev/stats')).body.invocations.filter((s: { functionName: string; source: string }) => s.functionName === 'ticker' && s.source === 'wx_trigger')
      for (let waited = 0; waited < 5000 && (await runs()).length === 0; waited += 100) await new Promise((r) => setTimeout(r, 100))
      await new Promise((r) => setTimeout(r, 300))
      expect(await runs()).toHaveLength(1)
    } finally {
      await ticking.stop()
    }
  })
})
