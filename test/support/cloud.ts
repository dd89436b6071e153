import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { DatabaseRequestRecord } from '../../emulator/src/gateway/context'
import { emulatorOptions, loadManifest, unservedQueries } from '../../deploy/manifest'
import { createEmulator, type Emulator } from '../../emulator/src/gateway'
import { isMissingCollection } from '@server/db'
import { emulatorSdk } from './emulatorSdk'

const root = path.resolve(__dirname, '..', '..')

export interface Cloud {
  url: string
  /** for `emulatorSdk` (./emulatorSdk.ts): the SDK outside a function, signing with the emulator's key */
  sdkOptions: Emulator['sdkOptions']
  /** Calls a cloud function as the mini-program would, as `openid` (none: an anonymous citizen). */
  call<T = any>(fn: string, action: string, input?: unknown, openid?: string): Promise<T>
  /**
   * Reads a whole collection through the emulator's CloudBase API, for
   * asserting what was written. A collection not created yet holds nothing;
   * any other failure throws, so "writes nothing" never compares two failed reads.
   */
  dump(collection: string): Promise<any[]>
  setClock(now: string): Promise<void>
  /** Every database request the functions have made so far, in order: how many a call took, and of which shape. */
  databaseRequests(): readonly DatabaseRequestRecord[]
  close(): Promise<void>
}

/**
 * The cloud functions, freshly bundled, on the emulator with the example data
 * and a throwaway data folder: what the integration tests of the functions
 * run against. `maxQueryLimit` 100: every query answers at most 100 documents (issue 12).
 */
export async function startCloud(options: { maxQueryLimit?: number } = {}): Promise<Cloud> {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`building the cloud functions failed:\n${build.stderr}`)
  const dataDir = mkdtempSync(path.join(tmpdir(), 'cloud-test-'))
  const manifest = loadManifest(root)
  const requests: DatabaseRequestRecord[] = []
  const emulator = await createEmulator({
    port: 0,
    dataDir,
    functionsRoot: path.join(root, 'cloudfunctions'),
    triggerIntervalMs: 0,
    ...emulatorOptions(manifest),
    onDatabaseRequest: (request) => requests.push(request),
    ...options,
  })
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`)
    return res.json()
  }
  return {
    url: emulator.url,
    call: (fn, action, input = {}, openid) => post(`${emulator.url}/__dev/call/${fn}`, { action, input }, openid ? { 'x-openid': openid } : {}),
    sdkOptions: emulator.sdkOptions,
    dump: (collection) => dumpWithSdk(emulator, collection),
    setClock: (now) => post(`${emulator.url}/__dev/clock`, { now }),
    databaseRequests: () => [...requests],
    async close() {
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
      // Every query the functions made while this suite ran must be served by a declared
      // index (issue 12, item 3): failing here fails the suite that made the query.
      const problems = unservedQueries(manifest, requests)
      // QUERY_LOG=<file> keeps every query's shape, to work out the indexes a new query needs
      if (process.env.QUERY_LOG) appendFileSync(process.env.QUERY_LOG, requests.map((r) => `${JSON.stringify(r)}\n`).join(''))
      if (problems.length > 0) throw new Error(`the manifest does not serve these queries:\n${problems.join('\n')}`)
    },
  }
}

async function dumpWithSdk(emulator: Emulator, collection: string): Promise<any[]> {
  try {
    const res = (await emulatorSdk(emulator).database().collection(collection).limit(1000).get()) as { data: any[] }
    return res.data
  } catch (error) {
    if (isMissingCollection(error)) return []
    throw error
  }
}
