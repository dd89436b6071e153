import type { Database } from '../cloud'
import { isMissingCollection } from '../db'

const GENERATED_FILES = 'generatedFiles'

/** A file a function wrote to cloud storage (R19), kept until `documentRetentionDays` pass. */
export interface GeneratedFile {
  id: string
  fileID: string
  kind: 'register' | 'form'
  /** epoch ms */
  createdAt: number
  /** the staff record that asked for it */
  by: string
}

/** `generatedFiles`: what was written to cloud storage and when, so the scheduler can delete it later. */
export function generatedFileRepository(db: Database) {
  const files = () => db.collection(GENERATED_FILES)
  return {
    async add(file: GeneratedFile): Promise<void> {
      const { id, ...rest } = file
      await files().add({ data: { _id: id, ...rest } })
    },

    /** The oldest files written before `before` (epoch ms), at most `limit`. One request. */
    async writtenBefore(before: number, limit: number): Promise<GeneratedFile[]> {
      try {
        const { data } = (await files().where({ createdAt: db.command.lt(before) }).orderBy('createdAt', 'asc').limit(limit).get()) as { data: unknown[] }
        return (data as (Omit<GeneratedFile, 'id'> & { _id: string })[]).map(({ _id, ...rest }) => ({ ...rest, id: _id }))
      } catch (error) {
        if (isMissingCollection(error)) return []
        throw error
      }
    },

    async remove(ids: readonly string[]): Promise<void> {
      if (ids.length === 0) return
      await files().where({ _id: db.command.in([...ids]) }).remove()
    },
  }
}
