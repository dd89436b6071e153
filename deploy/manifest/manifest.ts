/**
 * The deployment manifest: `cloudbaserc.json` (the CloudBase CLI's own file, for the
 * functions) and `collections.json` beside it (collections, indexes, access rules). Both
 * the deploy and the emulator read it, so what is tested is what is deployed.
 */
export interface Manifest {
  /** `{{env.TCB_ENV_ID}}` as written: the environment comes from the deploy's own environment */
  envId: string
  functionRoot: string
  functions: FunctionSpec[]
  collections: CollectionSpec[]
  /** cloud storage's access rule (collections.json `storage`), when the manifest sets one */
  storage?: { acl: StorageAcl }
  /** `cloudbaserc.json:12` for a JSON pointer into either file (`cloudbaserc.json#/functions/0/timeout`) */
  where(file: ManifestFile, pointer: string): string
}

export type ManifestFile = 'cloudbaserc.json' | 'collections.json'

export interface FunctionSpec {
  name: string
  runtime: Runtime
  /** seconds */
  timeout: number
  /** MB */
  memorySize: number
  /** values may be `{{env.NAME}}`, filled from the deploy's environment */
  envVariables: Record<string, string>
  triggers: TimerTrigger[]
  /** openapi permissions: these reach the platform only as the generated config.json */
  permissions: { openapi: string[] }
  handler: string
  installDependency: boolean
  ignore: string[]
}

export interface TimerTrigger {
  name: string
  type: 'timer'
  /** 7 fields (second minute hour day month weekday year), read in UTC+8 */
  config: string
}

export interface CollectionSpec {
  name: string
  /** 仅管理端可读写: the app reaches data only through functions (docs/platform.md, access rules) */
  acl: CollectionAcl
  indexes: IndexSpec[]
}

export interface IndexSpec {
  name: string
  unique: boolean
  keys: IndexKey[]
}

export interface IndexKey {
  field: string
  direction: 1 | -1
}

/**
 * Node.js runtimes CloudBase creates functions with (the management SDK's own default is
 * Nodejs20.19; Nodejs16.13 and Nodejs18.15 are the older ones DevTools offers).
 */
export const RUNTIMES = ['Nodejs16.13', 'Nodejs18.15', 'Nodejs20.19'] as const
export type Runtime = (typeof RUNTIMES)[number]

/** The console's range for a cloud function's timeout, in seconds (default 3). */
export const TIMEOUT_RANGE = { min: 1, max: 60 } as const
export const MEMORY_SIZES = [128, 256, 512, 1024, 2048] as const

export const COLLECTION_ACLS = ['ADMINONLY'] as const

/**
 * Cloud storage's rule: PRIVATE, 仅创建者及管理员可读写. Functions write as the admin; the app
 * reads a document only through the temporary URL a function issued (docs/platform.md, "Cloud
 * storage"), never by its fileID.
 */
export const STORAGE_ACLS = ['PRIVATE'] as const
export type StorageAcl = (typeof STORAGE_ACLS)[number]
export type CollectionAcl = (typeof COLLECTION_ACLS)[number]

/** The only keys the platform reads from a function's config.json (docs/platform.md, cloud functions). */
export const CONFIG_JSON_KEYS = ['permissions', 'triggers'] as const
