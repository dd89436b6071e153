import type { Settings } from '@shared/settings'
import { getCloud } from '../cloud'
import type { Database } from '../cloud'
import { generatedFileRepository } from './generatedFileRepository'

/** Files deleted per call: CloudBase's batch limit (docs/platform.md, "Cloud storage"). */
const BATCH = 50
/** Batches per scheduler run: the rest waits for the next run, five minutes later. */
const MAX_BATCHES = 4

/**
 * Deletes the documents written more than `documentRetentionDays` ago (R19) from cloud storage,
 * then their records. A file already gone counts as deleted; a file the storage would not
 * delete keeps its record and is tried again next run. Answers how many were deleted.
 */
export async function purgeDocuments(db: Database, settings: Pick<Settings, 'documentRetentionDays'>, now: number): Promise<number> {
  const repository = generatedFileRepository(db)
  const before = now - settings.documentRetentionDays * 86_400_000
  let deleted = 0
  for (let batch = 0; batch < MAX_BATCHES; batch += 1) {
    const files = await repository.writtenBefore(before, BATCH)
    if (files.length === 0) break
    const { fileList } = (await getCloud().deleteFile({ fileList: files.map((f) => f.fileID) })) as unknown as { fileList: { fileID: string; status: number }[] }
    // -503003: STORAGE_FILE_NONEXIST, already gone
    const gone = new Set(fileList.filter((f) => f.status === 0 || f.status === -503003).map((f) => f.fileID))
    const done = files.filter((f) => gone.has(f.fileID))
    await repository.remove(done.map((f) => f.id))
    deleted += done.length
    if (done.length < files.length || files.length < BATCH) break
  }
  return deleted
}
