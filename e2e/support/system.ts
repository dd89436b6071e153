import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { emulatorOptions, loadManifest } from '../../deploy/manifest'
import { createEmulator, type Emulator } from '../../emulator/src/gateway'

const root = path.resolve(__dirname, '..', '..')

export interface Identity {
  openid: string
  label: string
  roles: string[]
}

export interface System {
  url: string
  /** for `emulatorSdk` (test/support/emulatorSdk.ts): the SDK outside a function, signing with the emulator's key */
  sdkOptions: Emulator['sdkOptions']
  identities: Identity[]
  /** The first seeded identity holding `role` ('citizen' for one without roles). */
  identity(role: string): Identity
  /** Calls a cloud function through the dev gateway, as the H5 app does. */
  call<T = any>(fn: string, action: string, input?: unknown, openid?: string): Promise<T>
  /**
   * Opens `hash` (e.g. `/pages/items/index`) in the H5 app as `openid`, with
   * `storage` (the app's own keys, e.g. `pref.largeText`) set before it loads.
   */
  open(page: Page, hash: string, openid?: string, storage?: Record<string, unknown>): Promise<void>
  setClock(now: string): Promise<void>
  reset(): Promise<void>
  close(): Promise<void>
}

/**
 * The whole system for one test file: the emulator with the built cloud
 * functions and the H5 build, on a free port, with a throwaway data folder
 * and the example data. Needs `npm run build` first.
 */
export async function startSystem(): Promise<System> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'e2e-cloud-'))
  const emulator = await createEmulator({
    port: 0,
    dataDir,
    functionsRoot: path.join(root, 'cloudfunctions'),
    ...emulatorOptions(loadManifest(root)),
    h5Root: process.env.CLIENT_DIST ? path.join(path.resolve(root, process.env.CLIENT_DIST), 'h5') : path.join(root, 'client', 'dist', 'h5'),
  })
  const json = async (res: Response) => {
    if (!res.ok) throw new Error(`${res.url}: HTTP ${res.status} ${await res.text()}`)
    return res.json()
  }
  const identities = (await json(await fetch(`${emulator.url}/__dev/identities`))) as Identity[]
  return {
    url: emulator.url,
    sdkOptions: emulator.sdkOptions,
    identities,
    identity(role) {
      const found = identities.find((i) => (role === 'citizen' ? i.roles.length === 0 : i.roles.includes(role)))
      if (!found) throw new Error(`no seeded identity with role ${role}`)
      return found
    },
    async call(fn, action, input = {}, openid) {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (openid) headers['x-openid'] = openid
      return json(await fetch(`${emulator.url}/__dev/call/${fn}`, { method: 'POST', headers, body: JSON.stringify({ action, input }) }))
    },
    async open(page, hash, openid, storage = {}) {
      // Name the caller before the app loads: a page already running would
      // make its first call anonymously. /__dev/clock is same-origin and runs no app code.
      await page.goto(`${emulator.url}/__dev/clock`)
      await page.evaluate(
        ({ id, entries }) => {
          localStorage.clear()
          if (id) localStorage.setItem('dev.openid', JSON.stringify({ data: id }))
          // Taro's H5 storage keeps each value as { data }.
          for (const [key, value] of entries) localStorage.setItem(key, JSON.stringify({ data: value }))
        },
        { id: openid ?? null, entries: Object.entries(storage) },
      )
      await page.goto(`${emulator.url}/#${hash}`)
    },
    async setClock(now) {
      await json(await fetch(`${emulator.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now }) }))
    },
    async reset() {
      await json(await fetch(`${emulator.url}/__dev/reset`, { method: 'POST' }))
    },
    async close() {
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
