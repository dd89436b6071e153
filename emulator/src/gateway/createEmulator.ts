import { randomBytes } from 'node:crypto'
import { mkdirSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

import { createClock } from '../clock/clock'
import { createTriggerScheduler } from '../clock/triggerScheduler'
import { openStore, createDatabaseHandler } from '../db'
import { openDevStore } from '../devstore/devStore'
import type { FunctionSettings } from '../host/functionConfig'
import { createFunctionHost } from '../host/functionHost'
import { createFaults } from '../openapi/faults'
import { EXAMPLE_TEMPLATES, type SubscribeTemplate } from '../openapi/templates'
import { EXAMPLE_SEED, identitiesOf, type SeedData } from '../seed'
import { handleSms } from '../sms/handleSms'
import { EXAMPLE_SMS_ACCOUNT, type SmsAccount } from '../sms/smsAccount'
import { createSmsFaults } from '../sms/smsFaults'
import { DEFAULT_SMS_LIMITS, type SmsLimits } from '../sms/smsLimits'
import { handleCos } from '../storage/cosRoute'
import { openFileStorage, storageRootOf } from '../storage/fileStorage'
import type { DatabaseRequestHandler, DatabaseRequestRecord, GatewayContext } from './context'
import { handleDev } from './devRoutes'
import { sendError, sendJson } from './http'
import { isLocalOrigin, originRefusal, smsHostRefusal } from './requestOrigin'
import { serveStatic } from './staticFiles'
import type { SecretKeyPair } from './tc3Signature'
import { handleTcb } from './tcbRoute'

export interface EmulatorOptions {
  /** 0 picks a free port */
  port: number
  /** where the database and the emulator's own state live; created when missing */
  dataDir: string
  /** the folder of deployed cloud functions (`<name>/index.js`, `config.json`) */
  functionsRoot: string
  /** the H5 build served at `/` */
  h5Root?: string
  /** loaded on first start (empty data dir) and on reset; `false` for none. Default: the example data */
  seed?: SeedData | false
  /** subscription-message templates (id to title and keywords). Default: the example templates */
  templates?: Record<string, SubscribeTemplate>
  /** the mini-program's page routes, to check `page` in subscription messages (41030) */
  pages?: string[]
  appid?: string
  envId?: string
  /** the key pair that wx-server-sdk outside a function signs `/tcb` requests with. Default: a random one */
  credentials?: SecretKeyPair
  maxInstancesPerFunction?: number
  /**
   * the stand-in for Tencent Cloud SMS at `/sms` (emulator/README.md, "SMS"): its account
   * (SdkAppId, signs, templates; default the example account), the key pair `SendSms` must
   * be signed with (default a random one) and the frequency limits (default Tencent's)
   */
  sms?: { account?: SmsAccount; credentials?: SecretKeyPair; limits?: Partial<SmsLimits> }
  /** how often the timer triggers are checked against the clock; 0 turns the ticking off */
  triggerIntervalMs?: number
  /**
   * the deployed functions with their timeout and environment variables, from the manifest
   * (cloudbaserc.json); absent: every built folder, with the platform's 3 s and no variables
   */
  functions?: Readonly<Record<string, FunctionSettings>>
  /** told of every database request a function makes: tests hold each query to a declared index */
  onDatabaseRequest?: (request: DatabaseRequestRecord) => void
  /**
   * every query and aggregation answers at most this many documents (issue 12: 100 shows a
   * listing that does not page). Default: the platform's own, 100 without `limit`, 1000 with
   */
  maxQueryLimit?: number
  /** where function output and trigger errors go. Default: dropped */
  log?: (line: string) => void
  /**
   * The collections the deployment manifest declares. When given, any other collection
   * does not exist: reads and writes of it fail with -502005, as on a platform where it
   * was never created. When absent, nothing is checked.
   */
  collections?: readonly string[]
}

export interface Emulator {
  /** `http://127.0.0.1:<port>` */
  url: string
  port: number
  /** the key pair `/tcb` requests from outside a function must be signed with */
  credentials: SecretKeyPair
  /** the SMS stand-in's endpoint and key pair, as the functions get them (SMS_ENDPOINT, SMS_SECRET_ID, SMS_SECRET_KEY) */
  sms: { endpoint: string; credentials: SecretKeyPair }
  /**
   * What `cloud.init` of wx-server-sdk takes to use this emulator from outside a function (a
   * script, a test): the service URL and the key pair. `serviceUrl`, `secretId` and
   * `secretKey` are missing from the SDK's typings (docs/toolchain.md, gotcha 8).
   */
  sdkOptions: { env: string; serviceUrl: string; secretId: string; secretKey: string }
  close(): Promise<void>
}

const NO_SEED: SeedData = { collections: {}, citizens: [] }

/**
 * Starts the local cloud on 127.0.0.1: the CloudBase API at `/tcb` for wx-server-sdk, the
 * dev gateway at `/__dev/`, and the H5 build at `/`.
 */
export async function createEmulator(options: EmulatorOptions): Promise<Emulator> {
  const seed = options.seed === false ? NO_SEED : (options.seed ?? EXAMPLE_SEED)
  const templates = options.templates ?? EXAMPLE_TEMPLATES
  const appid = options.appid ?? 'wx0000emulator000'
  const envId = options.envId ?? 'local-emulator'
  const credentials = options.credentials ?? randomCredentials()
  const log = options.log ?? (() => undefined)
  const smsCredentials = options.sms?.credentials ?? randomCredentials()
  // sms.localhost is loopback (RFC 6761): the SDK names the signature's service after the endpoint's first label
  const smsEndpoint = () => `http://sms.localhost:${port}/sms`
  mkdirSync(options.dataDir, { recursive: true })

  const devStore = openDevStore(join(options.dataDir, 'emulator.sqlite'))
  const clock = createClock(devStore)
  const store = openStore({ file: join(options.dataDir, 'cloud.sqlite'), now: () => clock.now() })
  const database: DatabaseRequestHandler = createDatabaseHandler({ store, collections: options.collections, maxLimit: options.maxQueryLimit })
  let baseUrl = ''
  let port = 0
  const host = createFunctionHost({
    functionsRoot: options.functionsRoot,
    serviceUrl: () => `${baseUrl}/tcb`,
    standInEnv: () => ({ SMS_ENDPOINT: smsEndpoint(), SMS_SECRET_ID: smsCredentials.secretId, SMS_SECRET_KEY: smsCredentials.secretKey }),
    clock,
    appid,
    envId,
    maxInstancesPerFunction: options.maxInstancesPerFunction,
    functions: options.functions,
    onOutput: (name, chunk) => {
      for (const line of chunk.replace(/\n$/, '').split('\n')) log(`[${name}] ${line}`)
    },
  })
  // refused at load, as the platform would never apply them: a config.json key it does not read
  for (const name of host.list()) {
    try {
      host.config(name)
    } catch (error) {
      host.close()
      store.close()
      devStore.close()
      throw new Error(`${name}/config.json: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
  const scheduler = createTriggerScheduler(clock, host, (message) => log(`[triggers] ${message}`))
  const identities = identitiesOf(seed)

  const loadSeed = () => {
    for (const [collection, docs] of Object.entries(seed.collections)) store.insertMany(collection, docs)
    devStore.setValue('seededAt', new Date().toISOString())
  }
  const rememberIdentities = () => identities.forEach((i) => devStore.addKnownOpenid(i.openid))
  if (devStore.getValue('seededAt') === undefined) loadSeed()
  rememberIdentities()

  const ctx: GatewayContext = {
    appid,
    credentials,
    clock,
    devStore,
    host,
    scheduler,
    faults: createFaults(),
    sms: {
      account: options.sms?.account ?? EXAMPLE_SMS_ACCOUNT,
      credentials: smsCredentials,
      limits: { ...DEFAULT_SMS_LIMITS, ...options.sms?.limits },
      faults: createSmsFaults(),
      devStore,
      clock,
    },
    database: () => database,
    storage: openFileStorage(storageRootOf(options.dataDir), envId),
    baseUrl: () => baseUrl,
    templates: () => templates,
    pages: options.pages,
    identities: () => identities,
    h5Root: options.h5Root,
    onDatabaseRequest: options.onDatabaseRequest,
    async reset() {
      store.reset()
      ctx.storage.wipe()
      devStore.wipe()
      clock.reset()
      scheduler.rebase()
      host.clearStats()
      ctx.faults.set(null)
      ctx.sms.faults.set(null)
      loadSeed()
      rememberIdentities()
    },
  }

  const server = createServer((req, res) => {
    const toSms = req.url === '/sms' || (req.url ?? '').startsWith('/sms/')
    const refusal = toSms ? smsHostRefusal(req, port) : originRefusal(req, port)
    if (refusal) {
      sendJson(res, 403, { error: refusal })
      return
    }
    void route(req, res, ctx).catch((error) => sendError(res, error))
  })
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  baseUrl = `http://127.0.0.1:${port}`
  if (options.triggerIntervalMs !== 0) scheduler.start(options.triggerIntervalMs ?? 1000)

  let closing: Promise<void> | undefined
  return {
    url: baseUrl,
    port,
    credentials,
    sms: { endpoint: smsEndpoint(), credentials: smsCredentials },
    sdkOptions: { env: envId, serviceUrl: `${baseUrl}/tcb`, ...credentials },
    close() {
      closing ??= (async () => {
        scheduler.stop()
        host.close()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        store.close()
        devStore.close()
      })()
      return closing
    },
  }
}

/** A fresh key pair, shaped as Tencent Cloud's (an `AKID` SecretId). */
function randomCredentials(): SecretKeyPair {
  return { secretId: `AKIDemulator${randomBytes(12).toString('hex')}`, secretKey: randomBytes(24).toString('base64url') }
}

async function route(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1')
  const path = url.pathname
  if (path === '/sms' || path.startsWith('/sms/')) return handleSms(req, res, ctx.sms)
  if (path === '/tcb' || path.startsWith('/tcb/')) {
    const token = path.slice('/tcb/'.length) || undefined
    return handleTcb(req, res, ctx, path === '/tcb' ? undefined : token)
  }
  if (path.startsWith('/cos/')) return handleCos(req, res, ctx.storage, url, ctx.clock.nowMs())
  if (path.startsWith('/__dev/')) {
    const origin = req.headers.origin
    if (origin && isLocalOrigin(origin)) {
      res.setHeader('access-control-allow-origin', origin)
      res.setHeader('access-control-expose-headers', 'x-openid, x-request-id, x-db-requests')
      res.setHeader('vary', 'origin')
    }
    if (req.method === 'OPTIONS') {
      // other local pages may only read (./requestOrigin.ts); the gateway's own pages need no preflight
      res.writeHead(204, {
        'access-control-allow-methods': 'GET, OPTIONS',
        'access-control-allow-headers': 'content-type, x-openid',
        'access-control-max-age': '600',
      })
      res.end()
      return
    }
    return handleDev(req, res, ctx, url)
  }
  if (path === '/__dev') return sendJson(res, 404, { error: 'see /__dev/identities, /__dev/clock, /__dev/outbox …' })
  return serveStatic(req, res, ctx.h5Root, path)
}
