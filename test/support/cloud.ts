import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import cloud from 'wx-server-sdk'
import { createEmulator } from '../../emulator/src/gateway'

const root = path.resolve(__dirname, '..', '..')

export interface Cloud {
  url: string
  /** Calls a cloud function as the mini-program would, as `openid` (none: an anonymous citizen). */
  call<T = any>(fn: string, action: string, input?: unknown, openid?: string): Promise<T>
  /** Reads a whole collection through the emulator's CloudBase API, for asserting what was written. */
  dump(collection: string): Promise<any[]>
  setClock(now: string): Promise<void>
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
  const emulator = await createEmulator({ port: 0, dataDir, functionsRoot: path.join(root, 'cloudfunctions'), triggerIntervalMs: 0, ...options })
  const post = async (url: string, body: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) })
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status} ${await res.text()}`)
    return res.json()
  }
  return {
    url: emulator.url,
    call: (fn, action, input = {}, openid) => post(`${emulator.url}/__dev/call/${fn}`, { action, input }, openid ? { 'x-openid': openid } : {}),
    dump: (collection) => dumpWithSdk(emulator.url, collection),
    setClock: (now) => post(`${emulator.url}/__dev/clock`, { now }),
    async close() {
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

async function dumpWithSdk(url: string, collection: string): Promise<any[]> {
  // serviceUrl is missing from the SDK's typings (toolchain.md, 8); the secret is not checked by the emulator.
  ;(cloud.init as (options: object) => void)({ env: 'local-emulator', serviceUrl: `${url}/tcb`, secretId: 'test', secretKey: 'test' })
  const res = (await cloud.database().collection(collection).limit(1000).get()) as { data: any[] }
  return res.data
}
