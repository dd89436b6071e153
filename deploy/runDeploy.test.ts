import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import CloudBase from '@cloudbase/manager-node'

import type { Manager } from './cloud/managerTarget'
import { loadManifest } from './manifest'
import { runDeploy, type DeployIo } from './runDeploy'
import { startTcbStandIn } from './testing/tcbStandIn'

/**
 * The deploy on the repository's manifest. Collections, indexes and rules go through the real
 * @cloudbase/manager-node to a local stand-in of the TCB API (TCB_BASE_URL). Functions and
 * triggers go to Tencent's SCF API, which the SDK cannot be pointed away from: there the code is
 * exercised up to the SDK call, whose arguments are recorded and checked; the recorder keeps
 * what was created so a second deploy can be compared. The mini-program upload is likewise
 * checked at the miniprogram-ci call.
 */
const root = path.resolve(__dirname, '..')
const SECRET = 'secret-key-never-printed'
const ADMINS = 'oADMIN_FIRST'
let keyDir: string
let standIn: Awaited<ReturnType<typeof startTcbStandIn>>

beforeAll(async () => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(build.stderr)
  keyDir = mkdtempSync(path.join(tmpdir(), 'deploy-key-'))
  writeFileSync(path.join(keyDir, 'private.key'), 'not a real key')
})
afterAll(() => rmSync(keyDir, { recursive: true, force: true }))
beforeEach(async () => {
  standIn = await startTcbStandIn('yiyuan-test')
  process.env.TCB_BASE_URL = standIn.url
})
afterEach(async () => {
  delete process.env.TCB_BASE_URL
  await standIn.close()
})

/** Records each SCF call the SDK would make, and keeps the functions as SCF would describe them. */
function scfRecorder() {
  const calls: { method: string; args: any[] }[] = []
  const functions = new Map<string, any>()
  const record = (method: string, args: any[]) => calls.push({ method, args: structuredClone(args) })
  const api: Manager['functions'] = {
    async listFunctions(...args) {
      record('listFunctions', args)
      return [...functions.keys()].map((FunctionName) => ({ FunctionName }))
    },
    async getFunctionDetail(name) {
      record('getFunctionDetail', [name])
      return structuredClone(functions.get(name))
    },
    async createFunction(param) {
      record('createFunction', [param])
      const f = param.func
      functions.set(f.name, {
        Runtime: f.runtime, Timeout: f.timeout, MemorySize: f.memorySize, Description: f.description, Triggers: [],
        Environment: { Variables: Object.entries(f.envVariables).map(([Key, Value]) => ({ Key, Value })) },
      })
    },
    async updateFunctionCode(param) {
      record('updateFunctionCode', [param])
    },
    async updateFunctionConfig(func) {
      record('updateFunctionConfig', [func])
      const current = functions.get(func.name)
      if (func.description !== undefined) current.Description = func.description
      if (func.timeout !== undefined) current.Timeout = func.timeout
      if (func.envVariables !== undefined) current.Environment.Variables = Object.entries(func.envVariables).map(([Key, Value]) => ({ Key, Value }))
    },
    async createFunctionTriggers(name, triggers) {
      record('createFunctionTriggers', [name, triggers])
      for (const t of triggers) functions.get(name).Triggers.push({ TriggerName: t.name, Type: t.type, TriggerDesc: JSON.stringify({ cron: t.config }) })
    },
    async deleteFunctionTrigger(name, triggerName) {
      record('deleteFunctionTrigger', [name, triggerName])
    },
  }
  return { api, calls, functions }
}

function harness(env: Record<string, string | undefined>) {
  const scf = scfRecorder()
  const out: string[] = []
  const uploads: any[] = []
  const io: DeployIo = {
    root,
    env,
    out: (line) => out.push(line),
    build: () => undefined,
    connect: ({ secretId, secretKey, envId }) => {
      const manager = new CloudBase({ secretId, secretKey, envId })
      return { functions: scf.api, database: manager.database, storage: manager.storage, commonService: (s, v) => manager.commonService(s, v) } as Manager
    },
    ci: () => ({
      Project: class {
        constructor(readonly options: unknown) {}
      },
      upload: async (options) => void uploads.push(options),
    }),
    release: () => ({ version: '0.1.0', desc: '0.1.0 (abc1234 test)' }),
  }
  return { io, out, scf, uploads }
}

/** The scheduler's SMS key pair (docs/deploy.md, "SMS"): a deploy fills it in like ADMIN_OPENIDS. */
const SMS_KEYS = { SMS_SECRET_ID: 'AKIDsmsTest', SMS_SECRET_KEY: 'smsTestKey' }

const fullEnv = () => ({
  TCB_SECRET_ID: 'AKIDtest', TCB_SECRET_KEY: SECRET, TCB_ENV_ID: 'yiyuan-test',
  WX_APPID: 'wx0123456789abcdef', WX_UPLOAD_KEY_PATH: path.join(keyDir, 'private.key'), ADMIN_OPENIDS: ADMINS, ...SMS_KEYS,
})
const writes = (calls: { action: string }[]) => calls.filter((c) => !/^(Describe|List)/.test(c.action))

describe('npm run deploy -- --plan', () => {
  it('lists every function, trigger, collection, rule and index an empty environment needs, with no credentials and no network', async () => {
    const { io, out, scf } = harness({ ADMIN_OPENIDS: ADMINS, ...SMS_KEYS })
    expect(await runDeploy(['--plan'], io)).toBe(0)
    expect(out.join('\n') + '\n').toBe(readFileSync(path.join(__dirname, 'testing', 'emptyEnvironmentPlan.txt'), 'utf8'))
    expect(standIn.calls).toEqual([])
    expect(scf.calls).toEqual([])
  })

  it('fails at the manifest line that asks for a missing variable', async () => {
    const { io, out } = harness({})
    expect(await runDeploy(['--plan'], io)).toBe(2)
    expect(out).toEqual(["MANIFEST_INVALID: cloudbaserc.json:14: admin's ADMIN_OPENIDS asks for the environment variable ADMIN_OPENIDS, which is not set"])
  })
})

describe('npm run deploy', () => {
  it('names a missing credential and changes nothing', async () => {
    const { io, out, scf, uploads } = harness({ ...fullEnv(), WX_UPLOAD_KEY_PATH: undefined })
    expect(await runDeploy([], io)).toBe(2)
    expect(out).toEqual(['DEPLOY_CREDENTIAL_MISSING: WX_UPLOAD_KEY_PATH is not set: the deploy reads its credentials only from the environment'])
    expect([standIn.calls, scf.calls, uploads]).toEqual([[], [], []])
  })

  it('creates everything with the manifest runtime, and a second run changes nothing', async () => {
    const first = harness(fullEnv())
    expect(await runDeploy([], first.io)).toBe(0)
    // collections, rules and indexes, through the real SDK to the stand-in
    expect(standIn.tables.size).toBe(loadManifest(path.join(__dirname, '..')).collections.length)
    expect([...standIn.tables.values()].every((t) => t.acl === 'ADMINONLY')).toBe(true)
    expect(standIn.tables.get('outbox')!.indexes.map((i) => i.Name)).toEqual(['_id_', 'retryable_status_createdAt_attempts', 'status_createdAt_attempts_claimedAt'])
    expect(standIn.calls.find((c) => c.action === 'ModifyDatabaseACL')!.params).toEqual({ EnvId: 'yiyuan-test', CollectionName: 'items', AclTag: 'ADMINONLY' })
    // cloud storage: 仅创建者及管理员可读写, from collections.json `storage`
    expect(standIn.storageAcl()).toBe('PRIVATE')
    expect(standIn.calls.find((c) => c.action === 'ModifyStorageSafeRule')!.params).toEqual({ EnvId: 'yiyuan-test', Bucket: 'yiyuan-test-1300000000', AclTag: 'PRIVATE' })
    // functions: up to the SDK call, arguments checked
    const created = first.scf.calls.filter((c) => c.method === 'createFunction').map((c) => c.args[0])
    expect(created.map((p) => p.func.name)).toEqual(['admin', 'booking', 'catalog', 'counter', 'scheduler', 'section', 'supervision'])
    expect(created[0]).toEqual({
      func: {
        name: 'admin', runtime: 'Nodejs20.19', timeout: 10, memorySize: 256, envVariables: { ADMIN_OPENIDS: ADMINS }, handler: 'index.main',
        installDependency: true, ignore: ['src', 'src/**'], description: expect.stringMatching(/^code sha256:[0-9a-f]{64}$/), triggers: [],
      },
      functionRootPath: path.join(root, 'cloudfunctions'),
      force: false,
    })
    expect(first.scf.calls.filter((c) => c.method === 'createFunctionTriggers').map((c) => c.args)).toEqual([
      ['scheduler', [{ name: 'every5minutes', type: 'timer', config: '0 */5 * * * * *' }]],
    ])
    expect(first.uploads).toEqual([expect.objectContaining({ version: '0.1.0', desc: '0.1.0 (abc1234 test)', robot: 1 })])
    expect(first.out.join('\n')).not.toContain(SECRET)
    expect(first.out.join('\n')).not.toContain(ADMINS)

    // the second run: the same SDK against what the first one left
    const writesBefore = writes(standIn.calls).length
    const second = harness(fullEnv())
    second.scf.functions.clear()
    first.scf.functions.forEach((f, name) => second.scf.functions.set(name, f))
    expect(await runDeploy(['--plan'], second.io)).toBe(0)
    expect(second.out[1]).toBe('no changes: the environment matches the manifest')
    expect(writes(standIn.calls).length).toBe(writesBefore)
    expect(second.scf.calls.map((c) => c.method).filter((m) => !/^(list|get)/.test(m))).toEqual([])
  })

  it('finishes a deploy cut off halfway when run again', async () => {
    const first = harness(fullEnv())
    standIn.failAfterCalls(30)
    expect(await runDeploy([], first.io)).toBe(1)
    expect(first.out.at(-1)).toMatch(/^deploy failed \(InternalError\): \[\w+\] the stand-in was told to fail\. Run it again to finish/)
    const partly = standIn.tables.size
    expect(partly).toBeLessThan(loadManifest(path.join(__dirname, '..')).collections.length)
    standIn.heal()
    const again = harness(fullEnv())
    first.scf.functions.forEach((f, name) => again.scf.functions.set(name, f))
    expect(await runDeploy([], again.io)).toBe(0)
    expect(standIn.tables.size).toBe(loadManifest(path.join(__dirname, '..')).collections.length)
    expect([...standIn.tables.values()].every((t) => t.acl === 'ADMINONLY')).toBe(true)
    expect(again.scf.calls.filter((c) => c.method === 'createFunction')).toEqual([])
  })
})
