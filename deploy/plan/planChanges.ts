import type { IndexSpec, TimerTrigger } from '../manifest'
import type { CloudState, FunctionState } from './state'

/** One step of a deploy. Each is worked out from the live state, so a deploy cut off halfway is finished by running it again. */
export type Change =
  | { kind: 'createFunction'; fn: FunctionState }
  | { kind: 'updateCode'; fn: FunctionState }
  | { kind: 'updateConfig'; fn: FunctionState; fields: ('timeout' | 'memorySize' | 'envVariables')[] }
  | { kind: 'createTrigger'; fn: string; trigger: TimerTrigger }
  | { kind: 'deleteTrigger'; fn: string; trigger: TimerTrigger }
  | { kind: 'createCollection'; collection: string }
  | { kind: 'setAcl'; collection: string; acl: string }
  | { kind: 'createIndex'; collection: string; index: IndexSpec }
  | { kind: 'setStorageAcl'; acl: string }
  | { kind: 'manual'; reason: string }

/**
 * The changes that turn `live` into `desired`, in an order that works: a function before its
 * trigger, a collection before its rule and indexes. Nothing is ever deleted but a trigger the
 * manifest no longer lists; a runtime can only be chosen when a function is created, so a
 * different one is a manual step.
 */
export function planChanges(desired: CloudState, live: CloudState): Change[] {
  const changes: Change[] = []
  for (const fn of desired.functions) {
    const current = live.functions.find((f) => f.name === fn.name)
    if (!current) {
      changes.push({ kind: 'createFunction', fn })
      for (const trigger of fn.triggers) changes.push({ kind: 'createTrigger', fn: fn.name, trigger })
      continue
    }
    if (current.runtime !== fn.runtime) {
      changes.push({ kind: 'manual', reason: `function ${fn.name} runs ${current.runtime}, the manifest names ${fn.runtime}: a runtime is chosen only when a function is created; delete it in the console and deploy again` })
    }
    if (current.codeHash !== fn.codeHash) changes.push({ kind: 'updateCode', fn })
    const fields = (['timeout', 'memorySize', 'envVariables'] as const).filter((field) => !sameValue(current[field], fn[field]))
    if (fields.length > 0) changes.push({ kind: 'updateConfig', fn, fields: [...fields] })
    for (const trigger of current.triggers) {
      if (!fn.triggers.some((t) => sameValue(t, trigger))) changes.push({ kind: 'deleteTrigger', fn: fn.name, trigger })
    }
    for (const trigger of fn.triggers) {
      if (!current.triggers.some((t) => sameValue(t, trigger))) changes.push({ kind: 'createTrigger', fn: fn.name, trigger })
    }
  }
  for (const collection of desired.collections) {
    const current = live.collections.find((c) => c.name === collection.name)
    if (!current) changes.push({ kind: 'createCollection', collection: collection.name })
    if (current?.acl !== collection.acl) changes.push({ kind: 'setAcl', collection: collection.name, acl: String(collection.acl) })
    for (const index of collection.indexes) {
      const existing = current?.indexes.find((i) => i.name === index.name)
      if (!existing) changes.push({ kind: 'createIndex', collection: collection.name, index })
      else if (!sameValue(existing, index)) {
        changes.push({ kind: 'manual', reason: `index ${collection.name}.${index.name} differs from the manifest: drop it in the console and deploy again (an index cannot be altered)` })
      }
    }
  }
  if (desired.storageAcl !== undefined && live.storageAcl !== desired.storageAcl) changes.push({ kind: 'setStorageAcl', acl: desired.storageAcl })
  return changes
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b))
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, canonical(v)]))
  return value
}
