import type { ActionTable } from '@shared/api'
import type { ActionContext } from '../../../../server/context'

/** The time bank (R24): balance and ledger, compensatory leave and its sign-off. */
export const timeBankActions: ActionTable<ActionContext> = {}
