import { randomBytes } from 'node:crypto'
import { DOCUMENT_URL_SECONDS, type DocumentAnswer } from '@shared/documents'
import { civilDateOf } from '@shared/time'
import { getCloud } from '../cloud'
import type { ActionContext } from '../context'
import { generatedFileRepository, type GeneratedFile } from './generatedFileRepository'

interface TempUrlAnswer {
  fileList: { fileID: string; tempFileURL: string; status: number; errMsg: string }[]
}

/**
 * Writes a document to cloud storage and answers a temporary URL to it (R19). The storage is
 * private (仅创建者及管理员可读写, collections.json `storage`): the app cannot read a file by its
 * fileID, only through this URL, issued to the caller the action allowed, valid for ten
 * minutes. The file is recorded in `generatedFiles` right after the upload, so the scheduler
 * deletes it after `documentRetentionDays`; only a failure between the two leaves a file
 * without its record (the action then fails and the caller asks again).
 * The path holds no names (a random part under the day): the file name travels in the answer.
 */
export async function storeDocument(
  ctx: ActionContext,
  file: { kind: GeneratedFile['kind']; fileName: string; fileType: DocumentAnswer['fileType']; content: Buffer; by: string; rows?: number },
): Promise<DocumentAnswer> {
  const cloud = getCloud()
  const now = ctx.now().getTime()
  const id = randomBytes(12).toString('hex')
  const cloudPath = `documents/${file.kind}/${civilDateOf(now)}/${id}.${file.fileType}`
  const uploaded = await cloud.uploadFile({ cloudPath, fileContent: file.content })
  await generatedFileRepository(ctx.db).add({ id, fileID: uploaded.fileID, kind: file.kind, createdAt: now, by: file.by })
  const { fileList } = (await cloud.getTempFileURL({ fileList: [{ fileID: uploaded.fileID, maxAge: DOCUMENT_URL_SECONDS }] })) as unknown as TempUrlAnswer
  const entry = fileList[0]
  if (!entry || entry.status !== 0 || !entry.tempFileURL) throw new Error(`getTempFileURL: ${entry?.errMsg ?? 'no answer'}`)
  return {
    fileID: uploaded.fileID,
    url: entry.tempFileURL,
    fileName: file.fileName,
    fileType: file.fileType,
    expiresAt: now + DOCUMENT_URL_SECONDS * 1000,
    ...(file.rows !== undefined ? { rows: file.rows } : {}),
  }
}
