import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import cloud, { type ICloudInitOptions } from 'wx-server-sdk'
import { type DatabaseHandler, type Store, createDatabaseHandler, openStore } from '../../src/db'

/**
 * The real wx-server-sdk, pointed either at this emulator's database handler behind a
 * throwaway HTTP server (the default) or, when CLOUDBASE_ENV, TENCENTCLOUD_SECRETID and
 * TENCENTCLOUD_SECRETKEY are set, at that real CloudBase environment, so the same
 * suites can check the emulator against the platform.
 */
export const realEnv = process.env.CLOUDBASE_ENV && process.env.TENCENTCLOUD_SECRETID && process.env.TENCENTCLOUD_SECRETKEY
  ? process.env.CLOUDBASE_ENV
  : undefined

/** `it` for checks that need the emulator's inside (its file, its clock); skipped against a real env. */
export const itEmulatorOnly = realEnv ? it.skip : it

export interface Harness {
  // wx-server-sdk's typings lag behind its behaviour (docs/toolchain.md, gotcha 8): kept loose here.
  db: any
  /** Closes the store and opens its file again behind the same URL, as an emulator restart does. */
  reopen(): void
  /** Sets the emulator clock read by db.serverDate(). */
  setNow(date: Date): void
  /** A new, empty collection, so tests share no state (and leave a real env's data alone). */
  freshCollection(prefix: string): Promise<string>
  close(): Promise<void>
}

export async function startHarness(options: { file?: string; collections?: readonly string[]; transactionHoldMs?: number } = {}): Promise<Harness> {
  let now = new Date('2026-09-24T02:00:00.000Z')
  let server: Server | undefined
  let store: Store | undefined
  let handler: DatabaseHandler | undefined
  let reopen = () => {}

  if (realEnv) {
    // The node SDK reads TENCENTCLOUD_SECRETID/SECRETKEY from the environment itself.
    cloud.init({ env: realEnv })
  } else {
    const open = () => {
      store = openStore({ file: options.file ?? ':memory:', now: () => now })
      handler = createDatabaseHandler({ store, collections: options.collections, transactionHoldMs: options.transactionHoldMs })
    }
    open()
    reopen = () => {
      store?.close()
      open()
    }
    server = createServer((req, res) => {
      let body = ''
      req.setEncoding('utf8')
      req.on('data', (chunk: string) => (body += chunk))
      req.on('end', async () => {
        const params = JSON.parse(body)
        const answer = await handler!.handle(params.action, params)
        res.setHeader('content-type', 'application/json')
        res.end(JSON.stringify(answer))
      })
    })
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    // As inside a deployed function: without it the node SDK probes Tencent's metadata
    // host before every request (about 60 ms each here, where the probe times out).
    process.env.TENCENTCLOUD_RUNENV = 'SCF'
    process.env.TENCENTCLOUD_REGION = 'ap-shanghai'
    process.env.SCF_NAMESPACE = 'emulator-test'
    // A fake key pair: the SDK signs every request and the emulator accepts any signature.
    // `serviceUrl` and the key pair are missing from wx-server-sdk's typings (docs/toolchain.md, gotcha 8).
    const init = { env: 'emulator-test', serviceUrl: `http://127.0.0.1:${port}/tcb`, secretId: 'fake', secretKey: 'fake' }
    cloud.init(init as ICloudInitOptions)
  }

  const db = cloud.database()
  let counter = 0
  return {
    db,
    reopen: () => reopen(),
    setNow: (date) => (now = date),
    async freshCollection(prefix) {
      counter += 1
      const name = `${prefix}_${Date.now().toString(36)}_${counter}`
      await db.createCollection(name)
      return name
    },
    async close() {
      server?.closeAllConnections()
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()))
      store?.close()
    },
  }
}

/** The error a rejected SDK promise carries, for `expect` on errCode and errMsg. */
export async function sdkError(promise: Promise<unknown>): Promise<{ errCode: number; errMsg: string }> {
  try {
    await promise
  } catch (e) {
    return e as { errCode: number; errMsg: string }
  }
  throw new Error('expected the SDK call to fail')
}
