import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'
import { emulatorOptions, loadManifest } from '../deploy/manifest'
import { createEmulator, type Emulator } from '../emulator/src/gateway'

export const root = path.resolve(__dirname, '..')

/** One call through the dev gateway, as the mini-program makes it. */
export interface Called {
  body: any
  /** The emulator's count of database requests of this invocation (`X-Db-Requests`). */
  dbRequests: number
  /** Wall time of the HTTP round trip, ms. */
  ms: number
}

export interface BenchCloud {
  url: string
  /** for `emulatorSdk` (test/support/emulatorSdk.ts): the SDK outside a function, signing with the emulator's key */
  sdkOptions: Emulator['sdkOptions']
  call(fn: string, action: string, input: unknown, openid: string): Promise<Called>
  setClock(now: string): Promise<void>
  close(): Promise<void>
}

/** `npm run build:functions`: the benches measure the functions as deployed. */
export function buildFunctions(): void {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(`building the cloud functions failed:\n${build.stderr}`)
}

/**
 * A private copy of the built functions (`index.js`, `config.json`) in a
 * throwaway folder, so that a rebuild by someone else during the run (which
 * retires the emulator's instances) does not turn warm calls cold; the
 * repository's node_modules linked beside them for `wx-server-sdk`. With
 * `noop`, also a function that does nothing (it exists only here).
 */
export function copyFunctions(options: { noop?: boolean } = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-functions-'))
  symlinkSync(path.join(root, 'node_modules'), path.join(dir, 'node_modules'))
  const built = path.join(root, 'cloudfunctions')
  for (const name of readdirSync(built)) {
    if (!existsSync(path.join(built, name, 'index.js'))) continue
    mkdirSync(path.join(dir, name))
    for (const file of ['index.js', 'config.json']) {
      if (existsSync(path.join(built, name, file))) copyFileSync(path.join(built, name, file), path.join(dir, name, file))
    }
  }
  if (options.noop) {
    mkdirSync(path.join(dir, 'noop'))
    writeFileSync(path.join(dir, 'noop', 'index.js'), 'exports.main = async () => ({ ok: true, data: {} })\n')
  }
  return dir
}

/**
 * The emulator with the example data in a throwaway data folder, as the
 * function tests start it (`test/support/cloud.ts`), triggers only on clock
 * moves, on a private copy of the freshly built functions (`copyFunctions`).
 */
export async function startBenchCloud(options: { noop?: boolean; h5Root?: string; maxInstancesPerFunction?: number } = {}): Promise<BenchCloud> {
  buildFunctions()
  const functionsRoot = copyFunctions({ noop: options.noop })
  const dataDir = mkdtempSync(path.join(tmpdir(), 'bench-cloud-'))
  // as deployed; the no-op function exists only here, with the platform's default timeout
  const manifestOptions = emulatorOptions(loadManifest(root))
  if (options.noop) manifestOptions.functions.noop = { timeout: 3, envVariables: {} }
  const emulator = await createEmulator({
    port: 0,
    dataDir,
    functionsRoot,
    triggerIntervalMs: 0,
    ...manifestOptions,
    ...(options.h5Root ? { h5Root: options.h5Root } : {}),
    ...(options.maxInstancesPerFunction ? { maxInstancesPerFunction: options.maxInstancesPerFunction } : {}),
  })
  return {
    url: emulator.url,
    sdkOptions: emulator.sdkOptions,
    async call(fn, action, input, openid) {
      const started = performance.now()
      const res = await fetch(`${emulator.url}/__dev/call/${fn}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-openid': openid },
        body: JSON.stringify({ action, input }),
      })
      const body = await res.json()
      return { body, dbRequests: Number(res.headers.get('x-db-requests')), ms: performance.now() - started }
    },
    async setClock(now) {
      const res = await fetch(`${emulator.url}/__dev/clock`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ now }) })
      if (!res.ok) throw new Error(`setting the clock to ${now}: HTTP ${res.status} ${await res.text()}`)
    },
    async close() {
      await emulator.close()
      rmSync(dataDir, { recursive: true, force: true })
      rmSync(functionsRoot, { recursive: true, force: true })
    },
  }
}

/** A table in Markdown, right-aligning the columns named in `right`. */
export function markdownTable(head: string[], rows: (string | number)[][], right: ReadonlySet<number> = new Set()): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`
  return [line(head), line(head.map((_, i) => (right.has(i) ? '---:' : '---'))), ...rows.map(line)].join('\n')
}

/** The machine a figure was measured on, for docs/performance.md. */
export function machine(): string {
  const cpus = os.cpus()
  const load = os.loadavg()[0].toFixed(1)
  return `${cpus.length} CPUs (${cpus[0]?.model ?? 'unknown'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${os.type()} ${os.release()}, load average ${load} at the end`
}
