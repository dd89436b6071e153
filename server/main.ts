import { dispatch, type ActionTable } from '@shared/api'
import { createContext, type ActionContext } from './context'

/**
 * Builds a cloud function's `main(event, context)`: identity is read inside
 * each call (never at module load), the event goes through the shared
 * dispatcher, and the answer is always `{ ok, data | error }`.
 */
export function createMain(actions: ActionTable<ActionContext>) {
  return async function main(event: unknown): Promise<unknown> {
    const ctx = createContext()
    return dispatch(event, actions, ctx, (error) => {
      console.error('[bug]', error)
    })
  }
}
