import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { emulatorSdk } from '../support/emulatorSdk'
import { WHO } from './support/appointmentFixtures'
import { root } from './support/reliabilityCloud'

/**
 * Issue 8, crash: the emulator as `npm start` runs it (`emulator/src/server.ts`, its own
 * process, port and throwaway data folder) under write load through the gateway —
 * citizens' holiday requests and an admin's new items — is killed with SIGKILL mid-load
 * and restarted on the same folder. Every write it acknowledged is there, and SQLite's
 * integrity check passes (docs/architecture.md: the store survives restarts).
 */
let dataDir: string
let server: ChildProcess | undefined
/** the key pair server.ts takes from EMULATOR_SECRET_ID/KEY, so the test's SDK can sign for it across restarts */
const CREDENTIALS = { secretId: 'AKIDcrashtest', secretKey: 'crash-test-key' }
beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'reliability-crash-'))
})
afterAll(() => {
  if (server?.pid && server.exitCode === null) process.kill(-server.pid, 'SIGKILL')
  rmSync(dataDir, { recursive: true, force: true })
})

async function freePort(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as { port: number }
  await new Promise((resolve) => probe.close(resolve))
  return port
}

/** Starts server.ts in a process group of its own (its function instances with it); answers its URL once it serves. */
async function startServer(): Promise<string> {
  const port = await freePort()
  server = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'emulator', 'src', 'server.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), EMULATOR_DATA_DIR: dataDir, EMULATOR_FUNCTIONS_ROOT: path.join(root, 'cloudfunctions'), EMULATOR_H5_ROOT: path.join(dataDir, 'no-h5'), EMULATOR_SECRET_ID: CREDENTIALS.secretId, EMULATOR_SECRET_KEY: CREDENTIALS.secretKey },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  for (let i = 0; i < 300; i++) {
    if (server.exitCode !== null) throw new Error(`the emulator exited with ${server.exitCode}`)
    const up = await fetch(`${url}/__dev/clock`).then((r) => r.ok, () => false)
    if (up) return url
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error('the emulator did not start within 30 s')
}

/** SIGKILL to the emulator and its instances at once: a crash, not a shutdown. */
async function crash(): Promise<void> {
  const child = server as ChildProcess
  const exited = new Promise((resolve) => child.once('exit', resolve))
  process.kill(-(child.pid as number), 'SIGKILL')
  await exited
}

const call = async (url: string, fn: string, action: string, input: unknown, openid: string) => {
  const res = await fetch(`${url}/__dev/call/${fn}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-openid': openid }, body: JSON.stringify({ action, input }) })
  return res.json()
}

function integrity(file: string): unknown {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true })
  } finally {
    db.close()
  }
}

async function dump(url: string, collection: string): Promise<any[]> {
  const sdk = emulatorSdk({ sdkOptions: { env: 'local-emulator', serviceUrl: `${url}/tcb`, ...CREDENTIALS } })
  return ((await sdk.database().collection(collection).limit(1000).get()) as { data: any[] }).data
}

describe('kill -9 of the emulator under write load', () => {
  it('keeps every acknowledged write, and the database passes PRAGMA integrity_check', async () => {
    const url = await startServer()
    const set = await fetch(`${url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now: '2026-09-24T10:00:00+08:00' }) })
    expect(set.ok).toBe(true)

    const appointments: string[] = []
    const items: string[] = []
    let stop = false
    let n = 0
    // writers, each a sequence of acknowledged writes; an answer cut off by the kill is not acknowledged
    const citizen = async (w: number) => {
      while (!stop) {
        const k = n++
        const answer = await call(url, 'booking', 'appointments.request', {
          requestId: `crash-${k}-${Date.now().toString(36)}`,
          itemIds: ['item-006'],
          date: `2026-10-0${1 + (k % 7)}`,
          halfDay: 'am',
          applicant: { name: '赵六', phone: '13800001111' },
        }, `oREL_crash_${w}_${Math.floor(k / 3)}`).catch(() => null)
        if (answer?.ok) appointments.push(answer.data.appointment.id)
      }
    }
    const admin = async () => {
      while (!stop) {
        const k = n++
        const answer = await call(url, 'admin', 'items.create', {
          requestId: `crash-item-${k}-${Date.now().toString(36)}`,
          item: { name: `崩溃测试事项${k}`, departmentId: 'dept-scjg', materials: [{ name: '申请书', copies: 1, form: 'original' }], modes: ['appointment'], estimatedMinutes: 30 },
        }, WHO.admin).catch(() => null)
        if (answer?.ok) items.push(answer.data.item.id)
      }
    }
    const writers = [citizen(1), citizen(2), citizen(3), admin(), admin()]
    while (appointments.length + items.length < 60) await new Promise((resolve) => setTimeout(resolve, 20))
    await crash()
    stop = true
    await Promise.all(writers)
    const acknowledged = { appointments: [...appointments], items: [...items] }
    expect(acknowledged.appointments.length).toBeGreaterThan(10)
    expect(acknowledged.items.length).toBeGreaterThan(10)

    expect(integrity(path.join(dataDir, 'cloud.sqlite'))).toBe('ok')
    expect(integrity(path.join(dataDir, 'emulator.sqlite'))).toBe('ok')

    const again = await startServer()
    const storedAppointments = new Set((await dump(again, 'appointments')).map((a) => a._id))
    const storedItems = new Set((await dump(again, 'items')).map((i) => i._id))
    expect(acknowledged.appointments.filter((id) => !storedAppointments.has(id))).toEqual([])
    expect(acknowledged.items.filter((id) => !storedItems.has(id))).toEqual([])
    // the restarted emulator works on: the clock it was set to, and a new write
    expect((await (await fetch(`${again}/__dev/clock`)).json()).now).toMatch(/^2026-09-24T/)
    const after = await call(again, 'booking', 'appointments.request', { requestId: 'after-crash-1', itemIds: ['item-006'], date: '2026-10-02', halfDay: 'pm', applicant: { name: '赵六', phone: '13800001111' } }, 'oREL_after_crash')
    expect(after.ok).toBe(true)
    await crash()
    expect(integrity(path.join(dataDir, 'cloud.sqlite'))).toBe('ok')
  }, 120_000)
})
