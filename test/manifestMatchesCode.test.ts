import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { build } from 'esbuild'

import { codeMismatches, functionConfigJson, loadManifest, unservedQueries, type Manifest } from '../deploy/manifest'

/**
 * The manifest matches the code (issue 12, item 3): every openapi a function calls is in
 * its permissions and no permission is unused; every environment variable read is
 * declared. Queries and collections are held to the manifest as the function suites run
 * (test/support/cloud.ts); here the same check meets seeded violations.
 */
const root = path.resolve(__dirname, '..')
const manifest = loadManifest(root)

let bundles: Record<string, string>
beforeAll(async () => {
  const built = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (built.status !== 0) throw new Error(`building the cloud functions failed:\n${built.stderr}`)
  // bundled as scripts/build-functions.mjs does, but unminified: `openapi.x.y` reads as written
  const entries = await Promise.all(
    manifest.functions.map(async (fn) => {
      const result = await build({
        entryPoints: [path.join(root, 'cloudfunctions', fn.name, 'src', 'index.ts')],
        write: false,
        bundle: true,
        platform: 'node',
        format: 'cjs',
        // the function's package.json dependencies stay out, as in the real build (wx-server-sdk; exceljs and docx for section)
        external: Object.keys(JSON.parse(readFileSync(path.join(root, 'cloudfunctions', fn.name, 'package.json'), 'utf8')).dependencies ?? {}),
        alias: { '@shared': path.join(root, 'shared'), '@server': path.join(root, 'server') },
        logLevel: 'silent',
      })
      return [fn.name, result.outputFiles[0].text] as const
    }),
  )
  bundles = Object.fromEntries(entries)
})

/** The repository's manifest with one function's entry changed. */
function withFunction(name: string, change: (fn: Manifest['functions'][number]) => void): Manifest {
  const copy: Manifest = { ...manifest, functions: manifest.functions.map((fn) => structuredClone(fn)) }
  change(copy.functions.find((fn) => fn.name === name)!)
  return copy
}

const line = (name: string, pointer: string) => manifest.where('cloudbaserc.json', `/functions/${manifest.functions.findIndex((f) => f.name === name)}${pointer}`)

describe('the manifest matches the functions’ code', () => {
  it('has nothing to report for the repository', () => {
    expect(codeMismatches(manifest, bundles)).toEqual([])
  })

  it('finds an openapi called without its permission', () => {
    const seeded = withFunction('booking', (fn) => (fn.permissions.openapi = []))
    expect(codeMismatches(seeded, bundles)).toEqual([
      `${line('booking', '/permissions')}: booking calls openapi phonenumber.getPhoneNumber but its permissions do not list it`,
    ])
  })

  it('finds a permission held and never used (subscribeMessage.send outside the scheduler)', () => {
    const seeded = withFunction('admin', (fn) => (fn.permissions.openapi = ['subscribeMessage.send']))
    expect(codeMismatches(seeded, bundles)).toEqual([
      `${line('admin', '/permissions')}: admin holds subscribeMessage.send and never calls it`,
    ])
  })

  it('finds an environment variable read but not declared', () => {
    const seeded = withFunction('catalog', (fn) => (fn.envVariables = {}))
    expect(codeMismatches(seeded, bundles)).toEqual([
      `${line('catalog', '/envVariables')}: catalog reads process.env.ADMIN_OPENIDS, which is not declared`,
    ])
  })

  it('finds a variable declared that no code reads', () => {
    const seeded = withFunction('scheduler', (fn) => (fn.envVariables = { ...fn.envVariables, ADMIN_OPENIDS: '' }))
    expect(codeMismatches(seeded, bundles)).toEqual([
      `${line('scheduler', '/envVariables')}: scheduler declares ADMIN_OPENIDS and never reads it`,
    ])
  })

  it('finds a function folder the manifest does not list', () => {
    expect(codeMismatches(manifest, { ...bundles, reports: 'exports.main = async () => 1' })).toEqual(['cloudfunctions/reports is not in cloudbaserc.json'])
  })
})

describe('config.json', () => {
  it('is generated from the manifest for every function, with only the keys the platform reads', () => {
    for (const fn of manifest.functions) {
      const written = readFileSync(path.join(root, 'cloudfunctions', fn.name, 'config.json'), 'utf8')
      expect([fn.name, written]).toEqual([fn.name, functionConfigJson(fn)])
      expect(Object.keys(JSON.parse(written)).every((key) => key === 'permissions' || key === 'triggers')).toBe(true)
    }
  })
})

describe('every query is served by a declared index', () => {
  const outboxQuery = { functionName: 'scheduler', collection: 'outbox', action: 'getDocument', equality: ['status'], range: [], sort: [{ field: 'createdAt', direction: 1 as const }] }

  it('passes a query a declared index serves', () => {
    expect(unservedQueries(manifest, [outboxQuery])).toEqual([])
  })

  it('fails a query once its index is gone, naming the index it needs', () => {
    const seeded: Manifest = {
      ...manifest,
      collections: manifest.collections.map((c) => (c.name === 'outbox' ? { ...c, indexes: c.indexes.filter((i) => i.name !== 'status_createdAt_attempts_claimedAt' && i.name !== 'retryable_status_createdAt_attempts') } : c)),
    }
    expect(unservedQueries(seeded, [outboxQuery])).toEqual([
      'scheduler: getDocument on outbox (equal: status; range: -; sort: createdAt 1) needs an index in collections.json, such as [status 1, createdAt 1]',
    ])
  })

  it('fails a read or write of a collection the manifest does not declare', () => {
    expect(unservedQueries(manifest, [{ ...outboxQuery, collection: 'outboxes', action: 'insertDocument', equality: [], sort: [] }])).toEqual([
      'scheduler: collection "outboxes" is not declared in collections.json',
    ])
  })
})
