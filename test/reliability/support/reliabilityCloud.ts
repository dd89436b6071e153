import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { emulatorOptions, loadManifest } from '../../../deploy/manifest'
import { createEmulator, type Emulator } from '../../../emulator/src/gateway'
import { emulatorSdk } from '../../support/emulatorSdk'

export const root = path.resolve(__dirname, '..', '..', '..')

/** Builds `cloudfunctions/*\/index.js` once; every suite runs the bundles as deployed. */
export function buildFunctions(): void {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`building the cloud functions failed:\n${build.stderr}`)
}

export interface ReliabilityCloud {
  url: string
  /** for `emulatorSdk` (test/support/emulatorSdk.ts): the SDK outside a function, signing with the emulator's key */
  sdkOptions: Emulator['sdkOptions']
  dataDir: string
  /** A call from the mini-program as `openid` (none: a new anonymous citizen, `oANON_…`). */
  call<T = any>(fn: string, action: string, input?: unknown, openid?: string): Promise<T>
  /** A call that carries no OPENID at all, as from a server script over the CloudBase API (signed with the emulator's key). */
  callWithoutOpenid<T = any>(fn: string, action: string, input?: unknown): Promise<T>
  post<T = any>(path: string, body?: unknown): Promise<T>
  get<T = any>(path: string): Promise<T>
  dump(collection: string): Promise<any[]>
  /** Writes a document straight into the database: a record other steps would have made (a fixture). */
  insert(collection: string, doc: Record<string, unknown>): Promise<void>
  setClock(now: string): Promise<void>
  /** Every document's collection, id and write version, straight from SQLite: what changed since a write. */
  fingerprint(): Map<string, number>
  /** A cheap stamp of the whole database (highest write version, document count): equal means nothing was written. */
  stamp(): string
  close(): Promise<void>
}

/** The project's cloud functions (already built) on an in-process emulator with the example data. */
export async function startReliabilityCloud(options: { maxQueryLimit?: number } = {}): Promise<ReliabilityCloud> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'reliability-'))
  const emulator = await createEmulator({ port: 0, dataDir, functionsRoot: path.join(root, 'cloudfunctions'), triggerIntervalMs: 0, ...emulatorOptions(loadManifest(root)), ...options })
  const reader = new Database(path.join(dataDir, 'cloud.sqlite'), { readonly: true, fileMustExist: true })
  const rows = reader.prepare('SELECT collection, id, version FROM documents')
  const stampQuery = reader.prepare('SELECT COALESCE(MAX(version), 0) AS v, COUNT(*) AS n FROM documents')
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    for (let attempt = 1; ; attempt++) {
      const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
      if (res.ok) return res.json()
      const text = await res.text()
      // a function past its 3 s on a machine shared by many: the mini-program's user taps again
      if (attempt < 3 && res.status === 500 && text.includes('timed out')) continue
      throw new Error(`${url}: HTTP ${res.status} ${text}`)
    }
  }
  return {
    url: emulator.url,
    dataDir,
    call: (fn, action, input = {}, openid) => post(`${emulator.url}/__dev/call/${fn}`, { action, input }, openid ? { 'x-openid': openid } : {}),
    async callWithoutOpenid(fn, action, input = {}) {
      const answer = await emulatorSdk(emulator).callFunction({ name: fn, data: { action, input } })
      // the SDK throws on a failed callee; its typings allow a void answer (docs/toolchain.md, gotcha 8)
      return (answer as { result: any }).result
    },
    post: (p, body = {}) => post(`${emulator.url}${p}`, body),
    get: async (p) => (await fetch(`${emulator.url}${p}`)).json(),
    sdkOptions: emulator.sdkOptions,
    dump: (collection) => dumpWithSdk(emulator, collection),
    async insert(collection, doc) {
      await emulatorSdk(emulator).database().collection(collection).add({ data: doc })
    },
    setClock: (now) => post(`${emulator.url}/__dev/clock`, { now }),
    fingerprint: () => new Map((rows.all() as { collection: string; id: string; version: number }[]).map((r) => [`${r.collection}/${r.id}`, r.version])),
    stamp() {
      const { v, n } = stampQuery.get() as { v: number; n: number }
      return `${v}/${n}`
    },
    async close() {
      reader.close()
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

/** What changed between two fingerprints, readably: `[]` when nothing was written. */
export function changesBetween(before: Map<string, number>, after: Map<string, number>): string[] {
  const changes: string[] = []
  for (const [key, version] of after) {
    if (!before.has(key)) changes.push(`+ ${key}`)
    else if (before.get(key) !== version) changes.push(`~ ${key}`)
  }
  for (const key of before.keys()) if (!after.has(key)) changes.push(`- ${key}`)
  return changes
}

async function dumpWithSdk(emulator: Emulator, collection: string): Promise<any[]> {
  const db = emulatorSdk(emulator).database()
  const all: any[] = []
  for (;;) {
    const page = (await db.collection(collection).skip(all.length).limit(1000).get()) as { data: any[] }
    all.push(...page.data)
    if (page.data.length < 1000) return all
  }
}

export const codeOf = (answer: any): string => (answer?.ok ? 'ok' : (answer?.error?.code ?? `malformed answer ${JSON.stringify(answer)}`))
