import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { loadManifest } from './loadManifest'
import { ManifestError } from './manifestError'
import { resolveEnvVariables } from './resolveEnvVariables'

const repo = path.resolve(__dirname, '..', '..')
const rcText = readFileSync(path.join(repo, 'cloudbaserc.json'), 'utf8')
const dbText = readFileSync(path.join(repo, 'collections.json'), 'utf8')

/** A copy of the repository's manifest with one edit, and function folders to match. */
function manifestWith(edit: { rc?: (text: string) => string; db?: (text: string) => string }): string {
  const root = mkdtempSync(path.join(tmpdir(), 'manifest-'))
  for (const name of ['admin', 'booking', 'catalog', 'counter', 'scheduler', 'section', 'supervision']) {
    mkdirSync(path.join(root, 'cloudfunctions', name, 'src'), { recursive: true })
    writeFileSync(path.join(root, 'cloudfunctions', name, 'src', 'index.ts'), '')
  }
  writeFileSync(path.join(root, 'cloudbaserc.json'), (edit.rc ?? ((t) => t))(rcText))
  writeFileSync(path.join(root, 'collections.json'), (edit.db ?? ((t) => t))(dbText))
  return root
}

/** The line of the first occurrence of `needle` in `text`, 1-based. */
const lineOf = (text: string, needle: string) => text.slice(0, text.indexOf(needle)).split('\n').length

function failure(root: string): ManifestError {
  try {
    loadManifest(root)
  } catch (error) {
    if (error instanceof ManifestError) return error
    throw error
  } finally {
    rmSync(root, { recursive: true, force: true })
  }
  throw new Error('the manifest loaded')
}

describe("the repository's manifest", () => {
  const manifest = loadManifest(repo)

  it('lists every function with an explicit runtime and every collection admin-only', () => {
    expect(manifest.functions.map((f) => f.name)).toEqual(['admin', 'booking', 'catalog', 'counter', 'scheduler', 'section', 'supervision'])
    expect(new Set(manifest.functions.map((f) => f.runtime))).toEqual(new Set(['Nodejs20.19']))
    expect(manifest.collections.every((c) => c.acl === 'ADMINONLY')).toBe(true)
  })

  it('keeps cloud storage private (仅创建者及管理员可读写): documents only through a temporary URL (R19)', () => {
    expect(manifest.storage).toEqual({ acl: 'PRIVATE' })
  })

  it('gives only the scheduler a timer trigger and subscribeMessage.send', () => {
    expect(manifest.functions.filter((f) => f.triggers.length > 0).map((f) => f.name)).toEqual(['scheduler'])
    expect(manifest.functions.filter((f) => f.permissions.openapi.includes('subscribeMessage.send')).map((f) => f.name)).toEqual(['scheduler'])
  })

  it('names the line of any value', () => {
    const scheduler = manifest.functions.findIndex((f) => f.name === 'scheduler')
    expect(manifest.where('cloudbaserc.json', `/functions/${scheduler}/triggers/0/config`)).toBe(
      `cloudbaserc.json:${lineOf(rcText, '"config": "0 */5 * * * * *"')}`,
    )
  })
})

describe('a manifest error names the line at fault', () => {
  it('refuses an index on an unknown collection', () => {
    const error = failure(manifestWith({ db: (t) => t.replace('"collection": "outbox"', '"collection": "outboxes"') }))
    expect(error.code).toBe('MANIFEST_INVALID')
    expect(error.message).toBe(`collections.json:${lineOf(dbText, '"collection": "outbox"')}: unknown collection "outboxes": declare it under "collections" first`)
  })

  it('refuses a bad cron', () => {
    const error = failure(manifestWith({ rc: (t) => t.replace('0 */5 * * * * *', '*/5 * * * *') }))
    expect(error.where).toBe(`cloudbaserc.json:${lineOf(rcText, '0 */5 * * * * *')}`)
    expect(error.reason).toContain('must have 7 fields')
  })

  it.each([0, 61, 2.5])('refuses a timeout of %p seconds', (timeout) => {
    const error = failure(manifestWith({ rc: (t) => t.replace(/"timeout": \d+/, `"timeout": ${timeout}`) }))
    expect(error.message).toBe(`cloudbaserc.json:${lineOf(rcText, '"timeout"')}: timeout must be whole seconds from 1 to 60`)
  })

  it('refuses a function without a runtime, since the SDKs would pick their own', () => {
    const error = failure(manifestWith({ rc: (t) => t.replace('"runtime": "Nodejs20.19",', '') }))
    expect(error.where).toBe(`cloudbaserc.json:${lineOf(rcText, '"name": "admin"') - 1}`)
    expect(error.reason).toContain('runtime must be named')
  })

  it('refuses an unknown key, such as a misspelt one', () => {
    const error = failure(manifestWith({ rc: (t) => t.replace('"memorySize": 256', '"memorySise": 256') }))
    expect(error.message).toBe(`cloudbaserc.json:${lineOf(rcText, '"memorySize"')}: unknown key "memorySise" (known: name, runtime, timeout, memorySize, envVariables, triggers, permissions, handler, installDependency, ignore)`)
  })

  it('refuses a collection that is not admin-only', () => {
    const error = failure(manifestWith({ db: (t) => t.replace('{ "name": "outbox", "acl": "ADMINONLY" }', '{ "name": "outbox", "acl": "READONLY" }') }))
    expect(error.where).toBe(`collections.json:${lineOf(dbText, '"name": "outbox"')}`)
  })

  it('refuses a storage rule that lets everyone read', () => {
    const error = failure(manifestWith({ db: (t) => t.replace('"storage": { "acl": "PRIVATE" }', '"storage": { "acl": "READONLY" }') }))
    expect(error.message).toMatch(/^collections\.json:2: acl must be PRIVATE/)
  })

  it('refuses a manifest function without its source folder', () => {
    const error = failure(manifestWith({ rc: (t) => t.replace('"name": "section"', '"name": "sections"') }))
    expect(error.message).toBe(`cloudbaserc.json:${lineOf(rcText, '"name": "section"')}: function "sections" has no cloudfunctions/sections/src/index.ts`)
  })

  it('names the line of broken JSON', () => {
    const error = failure(manifestWith({ rc: (t) => t.replace('"memorySize": 256,', '"memorySize": 256,,') }))
    expect(error.where).toBe(`cloudbaserc.json:${lineOf(rcText, '"memorySize"')}`)
  })

  it('refuses a variable the deploy environment does not set, at the line asking for it', () => {
    const manifest = loadManifest(repo)
    const admin = manifest.functions[0]
    expect(() => resolveEnvVariables(manifest, admin, {}, 'fail')).toThrow(
      `cloudbaserc.json:${lineOf(rcText, '"ADMIN_OPENIDS"')}: admin's ADMIN_OPENIDS asks for the environment variable ADMIN_OPENIDS, which is not set`,
    )
    expect(resolveEnvVariables(manifest, admin, { ADMIN_OPENIDS: 'oA,oB' }, 'fail')).toEqual({ ADMIN_OPENIDS: 'oA,oB' })
    expect(resolveEnvVariables(manifest, admin, {}, 'empty')).toEqual({ ADMIN_OPENIDS: '' })
  })
})
