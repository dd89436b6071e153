import { existsSync } from 'node:fs'

import { managerTarget, type Manager } from './cloud/managerTarget'
import { uploadMiniProgram, type MiniprogramCi } from './cloud/uploadMiniProgram'
import { anySet, CLOUD_VARIABLES, CredentialError, readCredentials, WEAPP_VARIABLES, type CloudCredentials } from './credentials'
import { loadManifest, ManifestError } from './manifest'
import { desiredState } from './plan/desiredState'
import { formatChange, formatPlan } from './plan/formatPlan'
import { planChanges } from './plan/planChanges'
import { EMPTY_STATE } from './plan/state'

/** What the deploy reaches outside itself, handed in so tests can record it. */
export interface DeployIo {
  root: string
  env: Readonly<Record<string, string | undefined>>
  out(line: string): void
  /** `npm run build:functions` (and, for a real deploy, the weapp build) */
  build(what: 'functions' | 'weapp'): void
  connect(credentials: CloudCredentials): Manager
  ci(): MiniprogramCi
  /** the version and description the mini-program is uploaded with */
  release(): { version: string; desc: string }
}

/**
 * `npm run deploy [-- --plan]`. The plan needs no credentials and no network: against an
 * empty environment it lists everything the deploy would create; with TCB_SECRET_ID,
 * TCB_SECRET_KEY and TCB_ENV_ID set it is the difference from the live environment. The
 * deploy checks every credential before it changes anything, then applies the plan one change
 * at a time; each change is worked out from the live state, so running it again finishes a
 * deploy that was cut off, and changes nothing after one that finished. Answers the exit code.
 */
export async function runDeploy(argv: readonly string[], io: DeployIo): Promise<number> {
  const planOnly = argv.includes('--plan')
  try {
    const manifest = loadManifest(io.root)
    const cloudCredentials = planOnly && !anySet(io.env, CLOUD_VARIABLES) ? null : readCredentials(io.env, CLOUD_VARIABLES)
    const weapp = planOnly ? null : readCredentials(io.env, WEAPP_VARIABLES)
    if (weapp && !existsSync(weapp.uploadKeyPath)) throw new CredentialError(`${WEAPP_VARIABLES.uploadKeyPath} names a file that does not exist`)
    io.build('functions')
    const desired = desiredState(manifest, io.root, io.env)
    const target = cloudCredentials ? managerTarget(io.connect(cloudCredentials), manifest, io.root, cloudCredentials.envId) : null
    const live = target ? await target.readState() : EMPTY_STATE
    const changes = planChanges(desired, live)
    io.out(target ? `Plan against environment ${cloudCredentials!.envId}:` : 'Plan against an empty environment (no credentials given):')
    for (const line of formatPlan(changes)) io.out(line)
    if (planOnly || !target || !weapp) return 0

    io.out('')
    io.out('Deploying:')
    for (const change of changes) {
      if (change.kind === 'manual') continue
      io.out(`  ${formatChange(change)}`)
      await target.apply(change)
    }
    io.build('weapp')
    const { version, desc } = io.release()
    io.out(`  ↑ mini-program ${version}: ${desc}`)
    await uploadMiniProgram(io.ci(), io.root, weapp, version, desc)
    io.out('Done. The manual steps above remain.')
    return 0
  } catch (error) {
    if (error instanceof ManifestError || error instanceof CredentialError) {
      io.out(`${error.code}: ${error.message}`)
      return 2
    }
    // an SDK error carries its code and message, never the request's credentials
    const e = error as { code?: string; message?: string }
    io.out(`deploy failed${e.code ? ` (${e.code})` : ''}: ${e.message ?? String(error)}. Run it again to finish: every step is worked out from what is already there.`)
    return 1
  }
}
