import { isMissingDocument } from '../db'

/** The part of the SDK's transaction object used here (its typings say `any`, toolchain.md 8). */
export interface TransactionLike {
  collection(name: string): {
    doc(id: string): {
      get(): Promise<{ data: Record<string, unknown> | null }>
      set(options: { data: Record<string, unknown> }): Promise<unknown>
      remove(): Promise<unknown>
    }
    add(options: { data: Record<string, unknown> }): Promise<unknown>
  }
  /** Aborts the transaction: nothing it wrote is kept, and `runTransaction` rejects with `reason`. */
  rollback(reason?: unknown): Promise<unknown>
}

/** One document read inside a transaction (a snapshot read), with `id` for `_id`; null when missing. */
export async function readInTransaction<T extends { id: string }>(tx: TransactionLike, name: string, id: string): Promise<T | null> {
  try {
    const data = (await tx.collection(name).doc(id).get()).data
    if (!data) return null
    const { _id, ...rest } = data
    return { ...rest, id: String(_id ?? id) } as T
  } catch (error) {
    if (isMissingDocument(error)) return null
    throw error
  }
}

/** Writes a whole document inside a transaction (`set`: creates or replaces). */
export async function writeInTransaction(tx: TransactionLike, name: string, doc: { id: string }): Promise<void> {
  const { id, ...rest } = doc as { id: string } & Record<string, unknown>
  await tx.collection(name).doc(id).set({ data: rest })
}
