import type { Database } from '../cloud'

/**
 * Writes `changes` (plus `version + 1`) to a document only while its stored
 * version is still `version`: false when someone else saved first, so two
 * section staff resolving one record at once get `CONFLICT`, never a silent
 * overwrite. Objects are written whole (`set`), not merged. One request.
 */
export async function saveOverVersion(db: Database, collection: string, id: string, version: number, changes: Record<string, unknown>): Promise<boolean> {
  const _ = db.command
  const data: Record<string, unknown> = { version: version + 1 }
  for (const [key, value] of Object.entries(changes)) data[key] = typeof value === 'object' && value !== null ? _.set(value) : value
  const res = (await db.collection(collection).where({ _id: id, version }).update({ data })) as unknown as { stats: { updated: number } }
  return res.stats.updated === 1
}
