import { withDefaults, type Settings, type StoredSettings as StoredValues } from '@shared/settings'
import type { Database } from '../cloud'
import { collection } from '../db'

const GLOBAL = 'global'

type StoredSettings = StoredValues & { id: string; version: number; updatedAt?: number; updatedBy?: string }

/** The `settings` collection: one document, `global`, over the defaults. */
export function settingsRepository(db: Database) {
  const settings = collection<StoredSettings>(db, 'settings')
  return {
    async load(): Promise<{ settings: Settings; version: number }> {
      const stored = await settings.get(GLOBAL)
      if (!stored) return { settings: withDefaults(null), version: 0 }
      const { id: _id, version, updatedAt: _at, updatedBy: _by, ...values } = stored
      return { settings: withDefaults(values), version }
    },
    /** Writes a patch if the stored version is still `version`; false on a concurrent change. */
    async save(patch: StoredValues, version: number, by: string, now: number): Promise<boolean> {
      if (version === 0) {
        return (await settings.insertOnce({ id: GLOBAL, ...patch, version: 1, updatedAt: now, updatedBy: by })).created
      }
      // A patch of one template kind or one supervision point leaves the others as stored.
      return settings.saveOverVersion(GLOBAL, version, { ...patch, updatedAt: now, updatedBy: by }, { merge: true })
    },
  }
}
