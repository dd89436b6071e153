import { randomBytes } from 'node:crypto'
import type { Workspace } from './workspace'

export interface OpenTransaction {
  /** The committed version the transaction reads at (its snapshot). */
  startVersion: number
  workspace: Workspace
}

/**
 * Open transactions, in memory only. One never committed or aborted (a crashed
 * function, a lost request) is discarded after `ttlMs`, as MongoDB discards a
 * transaction past its lifetime; its writes were never applied, so nothing to undo.
 */
export interface TransactionRegistry {
  open(transaction: OpenTransaction): string
  get(id: string): OpenTransaction | undefined
  /** Forgets the transaction; answers whether it was open. */
  close(id: string): boolean
  closeAll(): void
  /** The oldest snapshot still in use, or undefined when none is open. */
  oldestStart(): number | undefined
  /** The open transaction, other than `except`, that has written the document and not yet finished; undefined when none. */
  holderOf(collection: string, key: string, except?: string): string | undefined
}

export function createTransactionRegistry(ttlMs: number, onClose: () => void): TransactionRegistry {
  const open = new Map<string, { transaction: OpenTransaction; timer: NodeJS.Timeout }>()

  const close = (id: string) => {
    const entry = open.get(id)
    if (!entry) return false
    clearTimeout(entry.timer)
    open.delete(id)
    onClose()
    return true
  }

  return {
    open(transaction) {
      const id = randomBytes(12).toString('hex')
      // A wall-clock timer, not the emulator clock: moving the demo clock a day ahead
      // must not kill a transaction that is a few milliseconds old.
      const timer = setTimeout(() => close(id), ttlMs)
      timer.unref()
      open.set(id, { transaction, timer })
      return id
    },
    get: (id) => open.get(id)?.transaction,
    close,
    closeAll() {
      for (const id of [...open.keys()]) close(id)
    },
    oldestStart() {
      let oldest: number | undefined
      for (const { transaction } of open.values()) {
        if (oldest === undefined || transaction.startVersion < oldest) oldest = transaction.startVersion
      }
      return oldest
    },
    holderOf(collection, key, except) {
      for (const [id, { transaction }] of open) {
        if (id === except) continue
        if (transaction.workspace.writes().some((w) => w.collection === collection && w.key === key)) return id
      }
      return undefined
    },
  }
}
