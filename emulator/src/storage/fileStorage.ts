import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve, sep } from 'node:path'

/**
 * The longest a temporary URL lives, and what it lives when no `max_age` is asked: one day.
 * WeChat's pages disagree (ten minutes, or a default and a maximum of one day,
 * docs/platform.md "Cloud storage"); the emulator takes the day and the code asks ten minutes.
 */
export const MAX_URL_AGE_SECONDS = 86_400

/** How long the address answered by `storage.getUploadMetadata` takes a PUT. */
const UPLOAD_WINDOW_MS = 10 * 60_000

/**
 * Cloud storage as the emulator keeps it: one bucket per environment, each file a file on disk
 * under `root` (beside the database), addressed by its fileID `cloud://<env>.<bucket>/<path>`.
 * A file is read only through a temporary URL this storage signed (HMAC of the path and the
 * expiry with a key of the running emulator), and written only through an upload address it
 * handed out: the rest of the emulator decides who may ask for either.
 */
export interface FileStorage {
  bucket: string
  fileIdOf(cloudPath: string): string
  /** the path inside the bucket, or undefined for a fileID of another environment or bucket */
  pathOf(fileId: string): string | undefined
  exists(cloudPath: string): boolean
  read(cloudPath: string): Buffer | undefined
  remove(cloudPath: string): boolean
  /** an upload address, valid for ten minutes: the token and the signature the PUT must carry */
  startUpload(cloudPath: string, nowMs: number): { token: string; authorization: string }
  /** writes the PUT's bytes when its token and signature are those handed out, once */
  finishUpload(cloudPath: string, token: string, authorization: string, body: Buffer, nowMs: number): 'ok' | 'denied' | 'expired'
  /** `?sign=…&t=…` for the path, expiring `maxAgeSeconds` after now */
  signDownload(cloudPath: string, maxAgeSeconds: number, nowMs: number): string
  checkDownload(cloudPath: string, sign: string, t: string, nowMs: number): 'ok' | 'denied' | 'expired'
  wipe(): void
}

/** A cloud path as CloudBase takes it: relative, no empty, `.` or `..` segment, no backslash. */
export function isValidCloudPath(cloudPath: string): boolean {
  if (cloudPath === '' || cloudPath.length > 850 || cloudPath.startsWith('/') || cloudPath.includes('\\')) return false
  return cloudPath.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && ![...segment].some((c) => c.charCodeAt(0) < 0x20))
}

export function openFileStorage(root: string, envId: string): FileStorage {
  const bucket = `${Buffer.from(envId.slice(0, 2)).toString('hex')}-${envId}-1300000000`
  const key = randomBytes(32)
  const uploads = new Map<string, { cloudPath: string; authorization: string; untilMs: number }>()
  mkdirSync(root, { recursive: true })

  const diskPath = (cloudPath: string): string => {
    const full = resolve(root, ...cloudPath.split('/'))
    if (!isValidCloudPath(cloudPath) || !full.startsWith(resolve(root) + sep)) throw new Error(`not a cloud path: ${cloudPath}`)
    return full
  }
  const mac = (text: string) => createHmac('sha256', key).update(text).digest('hex')
  const same = (a: string, b: string) => {
    const [x, y] = [Buffer.from(a), Buffer.from(b)]
    return x.length === y.length && timingSafeEqual(x, y)
  }

  return {
    bucket,
    fileIdOf: (cloudPath) => `cloud://${envId}.${bucket}/${cloudPath}`,
    pathOf(fileId) {
      const prefix = `cloud://${envId}.${bucket}/`
      if (!fileId.startsWith(prefix)) return undefined
      const cloudPath = fileId.slice(prefix.length)
      return isValidCloudPath(cloudPath) ? cloudPath : undefined
    },
    exists: (cloudPath) => isValidCloudPath(cloudPath) && existsSync(diskPath(cloudPath)),
    read: (cloudPath) => (isValidCloudPath(cloudPath) && existsSync(diskPath(cloudPath)) ? readFileSync(diskPath(cloudPath)) : undefined),
    remove(cloudPath) {
      if (!isValidCloudPath(cloudPath) || !existsSync(diskPath(cloudPath))) return false
      unlinkSync(diskPath(cloudPath))
      return true
    },
    startUpload(cloudPath, nowMs) {
      diskPath(cloudPath)
      const token = randomBytes(16).toString('hex')
      const authorization = `q-sign-algorithm=sha1&q-ak=emulator&q-signature=${mac(`upload\n${cloudPath}\n${token}`)}`
      for (const [t, u] of uploads) if (u.untilMs < nowMs) uploads.delete(t)
      uploads.set(token, { cloudPath, authorization, untilMs: nowMs + UPLOAD_WINDOW_MS })
      return { token, authorization }
    },
    finishUpload(cloudPath, token, authorization, body, nowMs) {
      const upload = uploads.get(token)
      if (!upload || upload.cloudPath !== cloudPath || !same(upload.authorization, authorization)) return 'denied'
      uploads.delete(token)
      if (upload.untilMs < nowMs) return 'expired'
      const file = diskPath(cloudPath)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, body)
      return 'ok'
    },
    signDownload(cloudPath, maxAgeSeconds, nowMs) {
      const t = String(Math.floor(nowMs / 1000) + maxAgeSeconds)
      return `sign=${mac(`download\n${cloudPath}\n${t}`)}&t=${t}`
    },
    checkDownload(cloudPath, sign, t, nowMs) {
      if (!/^\d+$/.test(t) || !same(mac(`download\n${cloudPath}\n${t}`), sign)) return 'denied'
      return Number(t) * 1000 < nowMs ? 'expired' : 'ok'
    },
    wipe() {
      rmSync(root, { recursive: true, force: true })
      mkdirSync(root, { recursive: true })
      uploads.clear()
    },
  }
}

/** Where the emulator keeps its files: `storage/` beside `cloud.sqlite`. */
export function storageRootOf(dataDir: string): string {
  return join(dataDir, 'storage')
}
