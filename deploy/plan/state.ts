import type { CollectionAcl, IndexSpec, Runtime, TimerTrigger } from '../manifest'

/** A function as the environment holds it, or as the manifest wants it. */
export interface FunctionState {
  name: string
  runtime: Runtime | string
  timeout: number
  memorySize: number
  /** values filled from the deploy's environment; never printed */
  envVariables: Record<string, string>
  triggers: TimerTrigger[]
  /** sha256 of the uploaded files, kept in the function's description so a second deploy can tell */
  codeHash: string
  /** the openapi permissions its config.json carries; not readable from a live environment */
  openapi?: string[]
}

export interface CollectionState {
  name: string
  /** undefined: not known (the live rule could not be read) */
  acl: CollectionAcl | string | undefined
  indexes: IndexSpec[]
}

/** What an environment holds: empty for a new one. */
export interface CloudState {
  functions: FunctionState[]
  collections: CollectionState[]
  /** cloud storage's rule (PRIVATE …); undefined: not known, or not set by the manifest */
  storageAcl?: string
}

export const EMPTY_STATE: CloudState = { functions: [], collections: [] }
