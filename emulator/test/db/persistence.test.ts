import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { openStore } from '../../src/db'
import { realEnv, startHarness } from './sdkHarness'

// Both tests look at the emulator's SQLite file: nothing to check against a real env.
const describeEmulator = realEnv ? describe.skip : describe

let dir: string
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'emulator-db-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const integrity = (file: string) => {
  const db = new Database(file, { readonly: true })
  try {
    return db.pragma('integrity_check', { simple: true })
  } finally {
    db.close()
  }
}

describeEmulator('persistence', () => {
  it('keeps documents, dates and collections across close and reopen', async () => {
    const file = join(dir, 'reopen.sqlite')
    const h = await startHarness({ file })
    const c = await h.freshCollection('kept')
    await h.db.collection(c).add({ data: { _id: 'a', at: new Date('2026-10-01T00:00:00Z'), n: 1 } })
    await h.db.collection(c).doc('a').update({ data: { n: h.db.command.inc(1) } })
    await h.db.createCollection('empty_but_there')
    h.reopen()
    try {
      const { data } = await h.db.collection(c).doc('a').get()
      expect(data).toEqual({ _id: 'a', at: new Date('2026-10-01T00:00:00Z'), n: 2 })
      expect((await h.db.collection('empty_but_there').count()).total).toBe(0)
    } finally {
      await h.close()
    }
  })

  it('keeps every acknowledged write when the process is killed with SIGKILL', async () => {
    const file = join(dir, 'crash.sqlite')
    const child = spawn(process.execPath, ['--import', 'tsx', join(__dirname, 'writeLoop.ts'), file], {
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let output = ''
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject)
      child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)))
      child.stdout.setEncoding('utf8')
      child.stdout.on('data', (chunk: string) => {
        output += chunk
        if (output.split('\n').length > 300) resolve()
      })
    })
    child.removeAllListeners('exit')
    const exited = new Promise((resolve) => child.on('exit', resolve))
    child.kill('SIGKILL')
    await exited
    // Only whole lines were acknowledged; a torn last line was not.
    const acknowledged = output.split('\n').slice(0, -1)
    expect(acknowledged.length).toBeGreaterThanOrEqual(300)

    expect(integrity(file)).toBe('ok')
    const store = openStore({ file, now: () => new Date() })
    try {
      const missing = store.run((ws) => ({ ok: true, value: acknowledged.filter((id) => !ws.read('crash', id)) }))
      expect(missing).toEqual({ ok: true, value: [] })
    } finally {
      store.close()
    }
  }, 20_000)
})
