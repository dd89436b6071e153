import { randomBytes } from 'node:crypto'

import { type FileStorage, isValidCloudPath, MAX_URL_AGE_SECONDS } from './fileStorage'

/** One batch asks for at most this many files, as CloudBase's (getTempFileURL: "一次最多取 50 个"). */
const MAX_FILES_PER_REQUEST = 50

export type StorageAnswer = { requestId: string; data: Record<string, unknown> } | { code: string; message: string; requestId: string }

/**
 * The `storage.*` actions of the CloudBase API as @cloudbase/node-sdk (under wx-server-sdk)
 * sends them and reads their answers (`dist/storage/index.js`): a request-level error is
 * `{ code, message }`, a file-level one a `code` in that file's entry (`STORAGE_FILE_NONEXIST`).
 * `baseUrl` is where the emulator answers, for the upload address and the temporary URLs.
 */
export function handleStorageAction(action: string, params: Record<string, unknown>, storage: FileStorage, baseUrl: string, nowMs: number): StorageAnswer {
  const requestId = `emulator-${randomBytes(6).toString('hex')}`
  const fail = (message: string): StorageAnswer => ({ code: 'INVALID_PARAM', message, requestId })
  const urlOf = (cloudPath: string) => `${baseUrl}/cos/${storage.bucket}/${cloudPath}`

  switch (action) {
    case 'storage.getUploadMetadata': {
      const cloudPath = params.path
      if (typeof cloudPath !== 'string' || !isValidCloudPath(cloudPath)) return fail('path 必须是不以 / 开头、不含空段或 .. 的文件路径')
      const { token, authorization } = storage.startUpload(cloudPath, nowMs)
      return {
        requestId,
        data: {
          url: urlOf(cloudPath),
          token,
          authorization,
          fileId: storage.fileIdOf(cloudPath),
          cosFileId: `cos-${randomBytes(8).toString('hex')}`,
          download_url: urlOf(cloudPath),
        },
      }
    }
    case 'storage.batchGetDownloadUrl': {
      const list = params.file_list
      if (!Array.isArray(list) || list.length === 0) return fail('file_list 必须是非空数组')
      if (list.length > MAX_FILES_PER_REQUEST) return fail(`一次最多取 ${MAX_FILES_PER_REQUEST} 个文件`)
      const downloadList = []
      for (const entry of list) {
        const fileId = typeof entry === 'object' && entry !== null ? (entry as { fileid?: unknown }).fileid : undefined
        if (typeof fileId !== 'string') return fail('file_list 的每一项须有 fileid')
        const asked = (entry as { max_age?: unknown }).max_age
        if (asked !== undefined && (typeof asked !== 'number' || !Number.isInteger(asked) || asked <= 0)) return fail('max_age 须是正整数（秒）')
        const maxAge = Math.min(asked ?? MAX_URL_AGE_SECONDS, MAX_URL_AGE_SECONDS)
        const cloudPath = storage.pathOf(fileId)
        if (cloudPath === undefined || !storage.exists(cloudPath)) {
          downloadList.push({ fileID: fileId, tempFileURL: '', code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exists' })
          continue
        }
        downloadList.push({ fileID: fileId, tempFileURL: `${urlOf(cloudPath)}?${storage.signDownload(cloudPath, maxAge, nowMs)}`, code: 'SUCCESS', maxAge })
      }
      return { requestId, data: { download_list: downloadList } }
    }
    case 'storage.batchDeleteFile': {
      const list = params.fileid_list
      if (!Array.isArray(list) || list.length === 0) return fail('fileid_list 必须是非空数组')
      if (list.length > MAX_FILES_PER_REQUEST) return fail(`一次最多删除 ${MAX_FILES_PER_REQUEST} 个文件`)
      if (!list.every((f) => typeof f === 'string')) return fail('fileid_list 的元素必须是字符串')
      const deleteList = (list as string[]).map((fileId) => {
        const cloudPath = storage.pathOf(fileId)
        return cloudPath !== undefined && storage.remove(cloudPath)
          ? { fileID: fileId, code: 'SUCCESS' }
          : { fileID: fileId, code: 'STORAGE_FILE_NONEXIST', message: 'storage file not exists' }
      })
      return { requestId, data: { delete_list: deleteList } }
    }
    default:
      return fail(`action ${action} is not supported by the emulator`)
  }
}
