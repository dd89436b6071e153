import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

import { parseCron } from '../../emulator/src/clock/cron'
import {
  COLLECTION_ACLS, STORAGE_ACLS, MEMORY_SIZES, RUNTIMES, TIMEOUT_RANGE,
  type CollectionSpec, type FunctionSpec, type IndexSpec, type Manifest, type ManifestFile, type TimerTrigger,
} from './manifest'
import { ManifestError } from './manifestError'
import { JsonSyntaxError, parseJsonWithLines, type JsonWithLines } from './parseJsonWithLines'

const FUNCTION_KEYS = ['name', 'runtime', 'timeout', 'memorySize', 'envVariables', 'triggers', 'permissions', 'handler', 'installDependency', 'ignore']
const NAME = /^[A-Za-z][A-Za-z0-9_-]{0,59}$/
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/
const OPENAPI = /^[A-Za-z]+\.[A-Za-z]+$/

/**
 * Reads and checks `cloudbaserc.json` and `collections.json` in `root`. Anything the
 * platform would refuse, or that would deploy something other than what was meant, is a
 * `ManifestError` naming the file and line: unknown keys, a runtime not named or not
 * offered, a timeout out of the console's range, a bad cron, an index on a collection the
 * manifest does not declare.
 */
export function loadManifest(root: string): Manifest {
  const rc = readJson(root, 'cloudbaserc.json')
  const db = readJson(root, 'collections.json')
  const where = (file: ManifestFile, pointer: string) => `${file}:${(file === 'cloudbaserc.json' ? rc : db).lineOf(pointer)}`
  const at = (file: ManifestFile) => (pointer: string, reason: string): never => {
    throw new ManifestError(where(file, pointer), reason)
  }
  const rcFail = at('cloudbaserc.json')
  const dbFail = at('collections.json')

  const top = object(rc.value, '', rcFail)
  if (top.version !== '2.0') rcFail('/version', 'version must be "2.0" (the CloudBase CLI\'s format)')
  const envId = text(top.envId, '/envId', rcFail)
  const functionRoot = text(top.functionRoot, '/functionRoot', rcFail)
  const functions = list(top.functions, '/functions', rcFail).map((entry, i) => readFunction(entry, `/functions/${i}`, rcFail))
  functions.forEach((fn, i) => {
    if (functions.findIndex((other) => other.name === fn.name) !== i) rcFail(`/functions/${i}/name`, `function "${fn.name}" is listed twice`)
    if (!existsSync(path.join(root, functionRoot, fn.name, 'src', 'index.ts'))) {
      rcFail(`/functions/${i}/name`, `function "${fn.name}" has no ${path.join(functionRoot, fn.name, 'src', 'index.ts')}`)
    }
  })

  const dbTop = object(db.value, '', dbFail)
  const collections: CollectionSpec[] = list(dbTop.collections, '/collections', dbFail).map((entry, i) => {
    const p = `/collections/${i}`
    const c = object(entry, p, dbFail)
    onlyKeys(c, ['name', 'acl'], p, dbFail)
    const name = text(c.name, `${p}/name`, dbFail)
    if (!NAME.test(name)) dbFail(`${p}/name`, `"${name}" is not a collection name`)
    if (!COLLECTION_ACLS.includes(c.acl as never)) dbFail(`${p}/acl`, `acl must be ${COLLECTION_ACLS.join(' or ')} (仅管理端可读写: data is reached only through functions)`)
    return { name, acl: c.acl as CollectionSpec['acl'], indexes: [] }
  })
  collections.forEach((c, i) => {
    if (collections.findIndex((other) => other.name === c.name) !== i) dbFail(`/collections/${i}/name`, `collection "${c.name}" is listed twice`)
  })
  list(dbTop.indexes ?? [], '/indexes', dbFail).forEach((entry, i) => {
    const p = `/indexes/${i}`
    const x = object(entry, p, dbFail)
    onlyKeys(x, ['collection', 'name', 'unique', 'keys'], p, dbFail)
    const collectionName = text(x.collection, `${p}/collection`, dbFail)
    const collection = collections.find((c) => c.name === collectionName)
    if (!collection) return dbFail(`${p}/collection`, `unknown collection "${collectionName}": declare it under "collections" first`)
    const index: IndexSpec = {
      name: text(x.name, `${p}/name`, dbFail),
      unique: x.unique === undefined ? false : x.unique === true ? true : x.unique === false ? false : dbFail(`${p}/unique`, 'unique must be true or false'),
      keys: list(x.keys, `${p}/keys`, dbFail).map((k, j) => {
        const key = object(k, `${p}/keys/${j}`, dbFail)
        onlyKeys(key, ['field', 'direction'], `${p}/keys/${j}`, dbFail)
        const direction = key.direction === 1 || key.direction === -1 ? key.direction : dbFail(`${p}/keys/${j}/direction`, 'direction must be 1 or -1')
        return { field: text(key.field, `${p}/keys/${j}/field`, dbFail), direction }
      }),
    }
    if (!NAME.test(index.name)) dbFail(`${p}/name`, `"${index.name}" is not an index name`)
    if (collection.indexes.some((other) => other.name === index.name)) dbFail(`${p}/name`, `index "${index.name}" is declared twice on ${collectionName}`)
    collection.indexes.push(index)
  })

  let storage: Manifest['storage']
  if (dbTop.storage !== undefined) {
    const s = object(dbTop.storage, '/storage', dbFail)
    onlyKeys(s, ['acl'], '/storage', dbFail)
    if (!STORAGE_ACLS.includes(s.acl as never)) dbFail('/storage/acl', `acl must be ${STORAGE_ACLS.join(' or ')} (仅创建者及管理员可读写: documents are reached only through a temporary URL a function issued)`)
    storage = { acl: s.acl as NonNullable<Manifest['storage']>['acl'] }
  }

  return { envId, functionRoot, functions, collections, ...(storage ? { storage } : {}), where }
}

function readFunction(entry: unknown, p: string, fail: (pointer: string, reason: string) => never): FunctionSpec {
  const f = object(entry, p, fail)
  onlyKeys(f, FUNCTION_KEYS, p, fail)
  const name = text(f.name, `${p}/name`, fail)
  if (!NAME.test(name)) fail(`${p}/name`, `"${name}" is not a function name`)
  if (!RUNTIMES.includes(f.runtime as never)) {
    fail(`${p}/runtime`, `runtime must be named, one of ${RUNTIMES.join(', ')} (left out, the SDKs pick their own default)`)
  }
  const timeout = f.timeout
  if (typeof timeout !== 'number' || !Number.isInteger(timeout) || timeout < TIMEOUT_RANGE.min || timeout > TIMEOUT_RANGE.max) {
    fail(`${p}/timeout`, `timeout must be whole seconds from ${TIMEOUT_RANGE.min} to ${TIMEOUT_RANGE.max}`)
  }
  if (!MEMORY_SIZES.includes(f.memorySize as never)) fail(`${p}/memorySize`, `memorySize must be one of ${MEMORY_SIZES.join(', ')} (MB)`)
  const env = object(f.envVariables ?? {}, `${p}/envVariables`, fail)
  for (const [key, value] of Object.entries(env)) {
    if (!ENV_NAME.test(key)) fail(`${p}/envVariables/${key}`, `"${key}" is not an environment variable name`)
    if (typeof value !== 'string') fail(`${p}/envVariables/${key}`, `${key} must be a string`)
  }
  const triggers = list(f.triggers ?? [], `${p}/triggers`, fail).map((t, i): TimerTrigger => {
    const tp = `${p}/triggers/${i}`
    const trigger = object(t, tp, fail)
    onlyKeys(trigger, ['name', 'type', 'config'], tp, fail)
    if (trigger.type !== 'timer') fail(`${tp}/type`, 'type must be "timer"')
    const config = text(trigger.config, `${tp}/config`, fail)
    try {
      parseCron(config)
    } catch (error) {
      fail(`${tp}/config`, `bad cron: ${error instanceof Error ? error.message : String(error)}`)
    }
    return { name: text(trigger.name, `${tp}/name`, fail), type: 'timer', config }
  })
  if (triggers.length > 1) fail(`${p}/triggers/1`, 'a function has at most one timer trigger')
  const permissions = object(f.permissions ?? {}, `${p}/permissions`, fail)
  onlyKeys(permissions, ['openapi'], `${p}/permissions`, fail)
  const openapi = list(permissions.openapi ?? [], `${p}/permissions/openapi`, fail).map((api, i) => {
    if (typeof api !== 'string' || !OPENAPI.test(api)) return fail(`${p}/permissions/openapi/${i}`, 'an openapi permission looks like "subscribeMessage.send"')
    return api
  })
  return {
    name,
    runtime: f.runtime as FunctionSpec['runtime'],
    timeout: timeout as number,
    memorySize: f.memorySize as number,
    envVariables: env as Record<string, string>,
    triggers,
    permissions: { openapi },
    handler: f.handler === undefined ? 'index.main' : text(f.handler, `${p}/handler`, fail),
    installDependency: f.installDependency !== false,
    ignore: list(f.ignore ?? [], `${p}/ignore`, fail).map((g, i) => text(g, `${p}/ignore/${i}`, fail)),
  }
}

function readJson(root: string, file: ManifestFile): JsonWithLines {
  const full = path.join(root, file)
  if (!existsSync(full)) throw new ManifestError(file, 'missing')
  try {
    return parseJsonWithLines(readFileSync(full, 'utf8'))
  } catch (error) {
    if (error instanceof JsonSyntaxError) throw new ManifestError(`${file}:${error.line}`, `not JSON: ${error.message}`)
    throw error
  }
}

type Fail = (pointer: string, reason: string) => never

function object(value: unknown, p: string, fail: Fail): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(p, 'expected an object')
  return value as Record<string, unknown>
}

function list(value: unknown, p: string, fail: Fail): unknown[] {
  return Array.isArray(value) ? value : fail(p, 'expected a list')
}

function text(value: unknown, p: string, fail: Fail): string {
  return typeof value === 'string' && value !== '' ? value : fail(p, 'expected a non-empty string')
}

function onlyKeys(value: Record<string, unknown>, allowed: string[], p: string, fail: Fail): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) fail(`${p}/${key}`, `unknown key "${key}" (known: ${allowed.join(', ')})`)
}
