import type { Clock } from '../clock/clock'
import type { TriggerScheduler } from '../clock/triggerScheduler'
import type { DevStore } from '../devstore/devStore'
import type { FunctionHost } from '../host/functionHost'
import type { Faults } from '../openapi/faults'
import type { SubscribeTemplate } from '../openapi/templates'
import type { RequestShape } from '../db/requestShape'
import type { Identity } from '../seed'
import type { SmsService } from '../sms/handleSms'
import type { FileStorage } from '../storage/fileStorage'
import type { SecretKeyPair } from './tc3Signature'

/** A database request handler as `../db` builds it. */
export interface DatabaseRequestHandler {
  handle(action: string, body: Record<string, unknown>, meta: { countRequest?: () => void }): Promise<unknown>
}

/** What the routes share: one per running emulator. */
export interface GatewayContext {
  appid: string
  /** the key pair a `/tcb` request from outside a function must be signed with */
  credentials: SecretKeyPair
  clock: Clock
  devStore: DevStore
  host: FunctionHost
  scheduler: TriggerScheduler
  /** injected failures of openapi calls (`/__dev/faults`), off by default */
  faults: Faults
  /** the stand-in for Tencent Cloud SMS (`/sms`, `/__dev/sms`) */
  sms: SmsService
  database: () => DatabaseRequestHandler
  /** cloud storage, kept on disk beside the database */
  storage: FileStorage
  /** `http://127.0.0.1:<port>`, for addresses the emulator hands out (upload, temporary URLs) */
  baseUrl: () => string
  templates: () => Record<string, SubscribeTemplate>
  pages?: string[]
  identities: () => Identity[]
  reset: () => Promise<void>
  h5Root?: string
  /** told of every database request a function makes (none from scripts without a token) */
  onDatabaseRequest?: (request: DatabaseRequestRecord) => void
}

/** A database request, with the function that made it. */
export interface DatabaseRequestRecord extends RequestShape {
  functionName: string
}
