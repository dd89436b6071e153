import type * as v from 'valibot'
import { action, type ApiResult } from '@shared/api'
import type { Role } from '@shared/org'
import { authorize, type Actor } from './auth'
import type { ActionContext } from './context'

/**
 * An action only the given roles may run. The role check happens on the
 * server for every call, whatever the app shows (docs/architecture.md).
 */
export function guarded<S extends v.GenericSchema, O>(
  roles: readonly Role[],
  input: S,
  run: (input: v.InferOutput<S>, ctx: ActionContext, actor: Actor) => Promise<ApiResult<O>>,
) {
  return action(input, async (parsed: v.InferOutput<S>, ctx: ActionContext): Promise<ApiResult<O>> => {
    const auth = await authorize(ctx, roles)
    if (!('actor' in auth)) return auth
    return run(parsed, ctx, auth.actor)
  })
}
