import path from 'node:path'

import type { IndexSpec, Manifest, TimerTrigger } from '../manifest'
import type { Change } from '../plan/planChanges'
import type { CloudState, CollectionState, FunctionState } from '../plan/state'

/** The parts of `@cloudbase/manager-node`'s CloudBase the deploy uses (its own types, narrowed). */
export interface Manager {
  functions: {
    listFunctions(limit?: number, offset?: number): Promise<Record<string, string>[]>
    getFunctionDetail(name: string): Promise<any>
    createFunction(param: any): Promise<unknown>
    updateFunctionCode(param: any): Promise<unknown>
    updateFunctionConfig(func: any): Promise<unknown>
    createFunctionTriggers(name: string, triggers: any[]): Promise<unknown>
    deleteFunctionTrigger(name: string, triggerName: string): Promise<unknown>
  }
  database: {
    listCollections(options?: any): Promise<{ Collections: { CollectionName: string }[] }>
    describeCollection(name: string): Promise<{ Indexes?: { Name: string; Unique?: boolean; Keys?: { Name: string; Direction: string }[] }[] }>
    createCollectionIfNotExists(name: string): Promise<unknown>
    updateCollection(name: string, info: any): Promise<unknown>
  }
  storage: {
    getStorageAcl(): Promise<string>
    setStorageAcl(acl: string): Promise<unknown>
  }
  commonService(service?: string, version?: string): { call(options: { Action: string; Param: Record<string, unknown> }): Promise<any> }
}

const CODE_MARK = 'code sha256:'

/**
 * The live environment through the management SDK, and each planned change applied with one
 * SDK call. Functions go to Tencent's SCF API (never to TCB_BASE_URL); collections, indexes
 * and rules go to the TCB API. `envId` is needed for the database rule calls.
 */
export function managerTarget(manager: Manager, manifest: Manifest, root: string, envId: string) {
  const functionRootPath = path.join(root, manifest.functionRoot)
  const tcb = () => manager.commonService('tcb', '2018-06-08')

  async function readState(): Promise<CloudState> {
    const listed = new Set((await manager.functions.listFunctions(100, 0)).map((f) => f.FunctionName))
    const functions: FunctionState[] = []
    for (const fn of manifest.functions) {
      if (!listed.has(fn.name)) continue
      const detail = await manager.functions.getFunctionDetail(fn.name)
      functions.push({
        name: fn.name,
        runtime: detail.Runtime,
        timeout: Number(detail.Timeout),
        memorySize: Number(detail.MemorySize),
        envVariables: Object.fromEntries((detail.Environment?.Variables ?? []).map((v: { Key: string; Value: string }) => [v.Key, v.Value])),
        triggers: (detail.Triggers ?? []).filter((t: { Type: string }) => t.Type === 'timer').map(liveTrigger),
        codeHash: String(detail.Description ?? '').startsWith(CODE_MARK) ? String(detail.Description).slice(CODE_MARK.length) : '',
      })
    }
    const existing = new Set((await manager.database.listCollections({ MgoLimit: 1000, MgoOffset: 0 })).Collections.map((c) => c.CollectionName))
    const collections: CollectionState[] = []
    for (const c of manifest.collections) {
      if (!existing.has(c.name)) continue
      const described = await manager.database.describeCollection(c.name)
      const acl = await tcb().call({ Action: 'DescribeDatabaseACL', Param: { EnvId: envId, CollectionName: c.name } })
      collections.push({ name: c.name, acl: acl?.AclTag, indexes: (described.Indexes ?? []).filter((i) => i.Name !== '_id_').map(liveIndex) })
    }
    return { functions, collections, ...(manifest.storage ? { storageAcl: await manager.storage.getStorageAcl() } : {}) }
  }

  async function apply(change: Change): Promise<void> {
    switch (change.kind) {
      case 'createFunction': {
        const spec = manifest.functions.find((f) => f.name === change.fn.name)!
        await manager.functions.createFunction({
          func: {
            name: spec.name,
            // named here, or the SDK picks its own default runtime
            runtime: spec.runtime,
            timeout: spec.timeout,
            memorySize: spec.memorySize,
            envVariables: change.fn.envVariables,
            handler: spec.handler,
            installDependency: spec.installDependency,
            ignore: spec.ignore,
            description: CODE_MARK + change.fn.codeHash,
            triggers: [],
          },
          functionRootPath,
          force: false,
        })
        return
      }
      case 'updateCode': {
        const spec = manifest.functions.find((f) => f.name === change.fn.name)!
        await manager.functions.updateFunctionCode({ func: { name: spec.name, runtime: spec.runtime, installDependency: spec.installDependency, ignore: spec.ignore, handler: spec.handler }, functionRootPath })
        // the mark goes last: a deploy cut off before it uploads the code again
        await manager.functions.updateFunctionConfig({ name: spec.name, description: CODE_MARK + change.fn.codeHash })
        return
      }
      case 'updateConfig':
        await manager.functions.updateFunctionConfig({
          name: change.fn.name,
          timeout: change.fn.timeout,
          memorySize: change.fn.memorySize,
          envVariables: change.fn.envVariables,
        })
        return
      case 'createTrigger':
        await manager.functions.createFunctionTriggers(change.fn, [{ name: change.trigger.name, type: 'timer', config: change.trigger.config }])
        return
      case 'deleteTrigger':
        await manager.functions.deleteFunctionTrigger(change.fn, change.trigger.name)
        return
      case 'createCollection':
        await manager.database.createCollectionIfNotExists(change.collection)
        return
      case 'setAcl':
        await tcb().call({ Action: 'ModifyDatabaseACL', Param: { EnvId: envId, CollectionName: change.collection, AclTag: change.acl } })
        return
      case 'createIndex':
        await manager.database.updateCollection(change.collection, {
          CreateIndexes: [{
            IndexName: change.index.name,
            MgoKeySchema: { MgoIndexKeys: change.index.keys.map((k) => ({ Name: k.field, Direction: String(k.direction) })), MgoIsUnique: change.index.unique },
          }],
        })
        return
      case 'setStorageAcl':
        await manager.storage.setStorageAcl(change.acl)
        return
      case 'manual':
        return
    }
  }

  return { readState, apply }
}

/** SCF describes a timer as `{"cron":"…"}` or as the bare cron. */
function liveTrigger(t: { TriggerName: string; TriggerDesc: string }): TimerTrigger {
  let config = t.TriggerDesc
  try {
    const parsed = JSON.parse(t.TriggerDesc)
    if (parsed && typeof parsed.cron === 'string') config = parsed.cron
  } catch {
    // the bare cron
  }
  return { name: t.TriggerName, type: 'timer', config }
}

function liveIndex(i: { Name: string; Unique?: boolean; Keys?: { Name: string; Direction: string }[] }): IndexSpec {
  return { name: i.Name, unique: i.Unique === true, keys: (i.Keys ?? []).map((k) => ({ field: k.Name, direction: Number(k.Direction) === -1 ? -1 : 1 })) }
}
