import type { Database } from './cloud'

/**
 * A typed face over `wx-server-sdk`'s collections, whose own typings answer
 * unions such as `Promise<IQueryResult> | void | string` (docs/toolchain.md, 8).
 * The casts live here and nowhere else. Documents keep their id in `_id`;
 * the domain calls it `id`.
 */
export interface QueryOptions {
  orderBy?: [field: string, direction: 'asc' | 'desc'][]
  skip?: number
  limit?: number
}

type Stored<T extends { id: string }> = Omit<T, 'id'> & { _id: string }

const fromStored = <T extends { id: string }>(doc: Stored<T>): T => {
  const { _id, ...rest } = doc as Stored<T> & Record<string, unknown>
  return { ...(rest as object), id: _id } as T
}

/**
 * The collection has not been created yet, so it holds nothing: `-502005`,
 * or, from `aggregate`, whose failure the SDK rewraps without the code, its
 * message `database collection not exists`.
 */
export function isMissingCollection(error: unknown): boolean {
  const e = error as { errCode?: number; errMsg?: string; message?: string }
  return e?.errCode === -502005 || /collection not exists?/i.test(`${e?.errMsg ?? ''} ${e?.message ?? ''}`)
}

/** The SDK's own failure of `doc(id).get()` for an id that is not there. */
export function isMissingDocument(error: unknown): boolean {
  const e = error as { errMsg?: string; message?: string }
  return isMissingCollection(error) || /document with _id .* does not exist/.test(`${e?.errMsg ?? ''} ${e?.message ?? ''}`)
}

/** A record's own object, not an array nor a database command (whose prototype is its class). */
const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && [Object.prototype, null].includes(Object.getPrototypeOf(value))

export function collection<T extends { id: string }>(db: Database, name: string) {
  const col = db.collection(name)
  return {
    /** One document by id, or null. */
    async get(id: string): Promise<T | null> {
      try {
        const res = (await col.doc(id).get()) as unknown as { data: Stored<T> | null }
        return res.data ? fromStored<T>(res.data) : null
      } catch (error) {
        if (isMissingDocument(error)) return null
        throw error
      }
    },

    async find(query: Record<string, unknown>, options: QueryOptions = {}): Promise<T[]> {
      let q = col.where(query)
      for (const [field, direction] of options.orderBy ?? []) q = q.orderBy(field, direction)
      if (options.skip) q = q.skip(options.skip)
      q = q.limit(options.limit ?? 1000)
      try {
        const res = (await q.get()) as unknown as { data: Stored<T>[] }
        return res.data.map((d) => fromStored<T>(d))
      } catch (error) {
        if (isMissingCollection(error)) return []
        throw error
      }
    },

    /** Inserts with the given id; fails when the id exists. */
    async insert(doc: T): Promise<void> {
      const { id, ...rest } = doc
      await col.add({ data: { ...rest, _id: id } })
    },

    /**
     * Inserts under the given id, once. When the insert fails, the id is read
     * back and a document stored there is answered with `created: false`,
     * whatever the error said: the platform documents no code for a taken
     * `_id` (docs/platform.md), and an insert whose answer was lost may have landed.
     * With nothing stored under the id the error stands.
     */
    async insertOnce(doc: T): Promise<{ stored: T; created: boolean }> {
      try {
        await this.insert(doc)
        return { stored: doc, created: true }
      } catch (error) {
        const existing = await this.get(doc.id)
        if (!existing) throw error
        return { stored: existing, created: false }
      }
    },

    /** Updates the documents matching `query`; answers how many changed. */
    async updateWhere(query: Record<string, unknown>, data: Record<string, unknown>): Promise<number> {
      try {
        const res = (await col.where(query).update({ data })) as unknown as { stats: { updated: number } }
        return res.stats.updated
      } catch (error) {
        if (isMissingCollection(error)) return 0
        throw error
      }
    },

    /**
     * Saves `changes` over the document only while its stored `version` is
     * still `version`, and moves it to `version + 1`: false when someone else
     * saved first (or the id names nothing), so two people editing one record
     * get `CONFLICT`, never a silent overwrite (docs/architecture.md, "A write that
     * may be repeated"). An update merges an object into the stored one,
     * keeping fields the new value dropped, so a plain object is written whole
     * (`set`) unless `merge` asks for that, as a settings patch does; arrays
     * and commands (`_.remove()`) go as they are. One request.
     */
    async saveOverVersion(id: string, version: number, changes: Record<string, unknown>, { merge = false } = {}): Promise<boolean> {
      const data: Record<string, unknown> = { version: version + 1 }
      for (const [key, value] of Object.entries(changes)) data[key] = !merge && isPlainObject(value) ? db.command.set(value) : value
      return (await this.updateWhere({ _id: id, version }, data)) === 1
    },

    async count(query: Record<string, unknown>): Promise<number> {
      try {
        const res = (await col.where(query).count()) as unknown as { total: number }
        return res.total
      } catch (error) {
        if (isMissingCollection(error)) return 0
        throw error
      }
    },
  }
}

export type Collection<T extends { id: string }> = ReturnType<typeof collection<T>>
