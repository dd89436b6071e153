import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createEmulator, type Emulator, type EmulatorOptions } from '../../src/gateway'
import type { FunctionSettings } from '../../src/host/functionConfig'

export const FIXTURE_FUNCTIONS = join(__dirname, '..', 'fixtures', 'functions')
export const FIXTURE_H5 = join(__dirname, '..', 'fixtures', 'h5')

/** The fixtures as a manifest would list them: `slow` times out after 1 s, `echo` has a variable. */
export const FIXTURE_SETTINGS: Record<string, FunctionSettings> = Object.fromEntries(
  readdirSync(FIXTURE_FUNCTIONS).map((name): [string, FunctionSettings] => [
    name,
    { timeout: name === 'slow' ? 1 : 3, envVariables: name === 'echo' ? { GREETING: 'from the manifest' } : {} },
  ]),
)

export interface TestEmulator extends Emulator {
  dataDir: string
  /** POST /__dev/call/:name as the mini-program would */
  call(name: string, event?: unknown, openid?: string): Promise<{ status: number; body: any; headers: Headers }>
  get(path: string): Promise<{ status: number; body: any; headers: Headers }>
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<{ status: number; body: any; headers: Headers }>
  /** closes and removes the data folder */
  stop(): Promise<void>
}

async function answer(res: Response) {
  const text = await res.text()
  let body: unknown = text
  try {
    body = JSON.parse(text)
  } catch {
    // not JSON: keep the text
  }
  return { status: res.status, body, headers: res.headers }
}

/** Starts an emulator on a free port with the fixture functions and a fresh data folder. */
export async function startEmulator(options: Partial<EmulatorOptions> = {}): Promise<TestEmulator> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'emulator-test-'))
  const emulator = await createEmulator({
    port: 0,
    dataDir,
    functionsRoot: FIXTURE_FUNCTIONS,
    h5Root: FIXTURE_H5,
    triggerIntervalMs: 0,
    functions: FIXTURE_SETTINGS,
    ...options,
  })
  const post = async (path: string, body?: unknown, headers: Record<string, string> = {}) =>
    answer(
      await fetch(`${emulator.url}${path}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      }),
    )
  return {
    ...emulator,
    dataDir,
    call: (name, event = {}, openid) => post(`/__dev/call/${name}`, event, openid ? { 'x-openid': openid } : {}),
    get: async (path) => answer(await fetch(`${emulator.url}${path}`)),
    post,
    async stop() {
      await emulator.close()
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
