import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { createEmulator } from '../src/gateway'
import { FIXTURE_FUNCTIONS, startEmulator } from './support/startEmulator'

jest.setTimeout(20_000)

describe('functions as the manifest deploys them', () => {
  it('gives a function its manifest environment variables and lists only the manifest functions', async () => {
    const emulator = await startEmulator({ functions: { echo: { timeout: 3, envVariables: { GREETING: 'hello' } } } })
    try {
      expect((await emulator.call('echo', {}, 'oENV')).body.greeting).toBe('hello')
      const { body } = await emulator.get('/__dev/functions')
      expect(body.functions.map((f: { name: string }) => f.name)).toEqual(['echo'])
      // built but not in the manifest: not deployed, so not found
      expect((await emulator.call('slow', { quick: true })).body.errCode).toBe(-501000)
    } finally {
      await emulator.stop()
    }
  })
})

describe('config.json keys the platform does not read (docs/platform.md, cloud functions)', () => {
  let root: string
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'emulator-config-'))
    cpSync(join(FIXTURE_FUNCTIONS, 'echo'), join(root, 'echo'), { recursive: true })
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  const start = () => createEmulator({ port: 0, dataDir: join(root, '.data'), functionsRoot: root, triggerIntervalMs: 0, seed: false })

  it('refuses a timeout in config.json at load, saying it lives in cloudbaserc.json', async () => {
    writeFileSync(join(root, 'echo', 'config.json'), JSON.stringify({ permissions: { openapi: [] }, timeout: 20 }))
    await expect(start()).rejects.toThrow('echo/config.json: "timeout" in config.json is not read by the platform; it is set in cloudbaserc.json (functions[].timeout)')
  })

  it('refuses any other unknown key, naming the two the platform reads', async () => {
    writeFileSync(join(root, 'echo', 'config.json'), JSON.stringify({ permissions: { openapi: [] }, retries: 2 }))
    await expect(start()).rejects.toThrow('reads only "permissions" and "triggers"')
  })

  it('loads a config.json with permissions and triggers only', async () => {
    writeFileSync(join(root, 'echo', 'config.json'), JSON.stringify({ permissions: { openapi: [] }, triggers: [] }))
    const emulator = await start()
    await emulator.close()
  })
})
