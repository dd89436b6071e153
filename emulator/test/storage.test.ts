import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

import { emulatorSdk } from '../../test/support/emulatorSdk'
import { startEmulator, type TestEmulator } from './support/startEmulator'

jest.setTimeout(20_000)

let emulator: TestEmulator
let sdk: ReturnType<typeof emulatorSdk>

beforeAll(async () => {
  emulator = await startEmulator({ seed: false })
  sdk = emulatorSdk(emulator)
})
afterAll(() => emulator.stop())

const content = Buffer.from('登记表 · 2026年10月5日 14:30')

async function upload(cloudPath: string, bytes: Buffer = content): Promise<string> {
  const { fileID } = await sdk.uploadFile({ cloudPath, fileContent: bytes })
  return fileID
}

interface FileEntry { fileID: string; tempFileURL: string; status: number; errMsg: string; maxAge?: number }
type Listed = { fileList: FileEntry[] }

async function tempUrl(fileID: string, maxAge = 600) {
  const { fileList } = (await sdk.getTempFileURL({ fileList: [{ fileID, maxAge }] })) as Listed
  return fileList[0]!
}
const tempUrls = async (fileList: string[]) => ((await sdk.getTempFileURL({ fileList })) as Listed).fileList
const deleteFiles = async (fileList: string[]) => ((await sdk.deleteFile({ fileList })) as unknown as Listed).fileList

describe('emulator cloud storage through the real wx-server-sdk', () => {
  it('uploads a file to disk beside the database and answers its fileID', async () => {
    const fileID = await upload('documents/register/a.xlsx')
    expect(fileID).toMatch(/^cloud:\/\/local-emulator\.[\w-]+\/documents\/register\/a\.xlsx$/)
    const onDisk = join(emulator.dataDir, 'storage', 'documents', 'register', 'a.xlsx')
    expect(existsSync(onDisk)).toBe(true)
    expect(readFileSync(onDisk)).toEqual(content)
  })

  it('gives a signed temporary URL that a plain GET reads, and downloadFile reads the bytes', async () => {
    const fileID = await upload('documents/form/b.docx')
    const entry = await tempUrl(fileID)
    expect(entry).toMatchObject({ fileID, status: 0, errMsg: 'ok', maxAge: 600 })
    expect(entry.tempFileURL).toMatch(/\/cos\/.+\/documents\/form\/b\.docx\?sign=[0-9a-f]{64}&t=\d+$/)
    const res = await fetch(entry.tempFileURL)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    expect(Buffer.from(await res.arrayBuffer())).toEqual(content)
    const { fileContent } = await sdk.downloadFile({ fileID })
    expect(fileContent).toEqual(content)
  })

  it('refuses with 403 a URL without its signature, with a forged one, or for another file', async () => {
    const fileID = await upload('documents/form/c.docx')
    const { tempFileURL } = await tempUrl(fileID)
    const bare = tempFileURL.slice(0, tempFileURL.indexOf('?'))
    expect((await fetch(bare)).status).toBe(403)
    const forged = tempFileURL.replace(/sign=([0-9a-f])/, (_m: string, c: string) => `sign=${c === '0' ? '1' : '0'}`)
    expect((await fetch(forged)).status).toBe(403)
    const later = tempFileURL.replace(/t=(\d+)/, (_m: string, t: string) => `t=${Number(t) + 86_400}`)
    expect((await fetch(later)).status).toBe(403)
    // a signature of the right length in characters but not in bytes
    const wide = tempFileURL.replace(/sign=[0-9a-f]{64}/, `sign=${encodeURIComponent('签'.repeat(64))}`)
    expect((await fetch(wide)).status).toBe(403)
    const other = tempFileURL.replace('c.docx', 'b.docx')
    const refused = await fetch(other)
    expect(refused.status).toBe(403)
    expect(await refused.text()).toContain('<Code>AccessDenied</Code>')
  })

  it('refuses a URL once its max_age has passed on the emulator clock', async () => {
    const fileID = await upload('documents/form/d.docx')
    const { tempFileURL } = await tempUrl(fileID, 60)
    expect((await fetch(tempFileURL)).status).toBe(200)
    await emulator.post('/__dev/clock', { advanceMinutes: 2 })
    try {
      const res = await fetch(tempFileURL)
      expect(res.status).toBe(403)
      expect(await res.text()).toContain('Request has expired')
    } finally {
      await emulator.post('/__dev/clock', { reset: true })
    }
  })

  it('caps max_age at one day', async () => {
    const fileID = await upload('documents/form/e.docx')
    expect((await tempUrl(fileID, 7 * 86_400)).maxAge).toBe(86_400)
  })

  it('answers a missing file per file (STORAGE_FILE_NONEXIST), beside the files that exist', async () => {
    const fileID = await upload('documents/form/f.docx')
    const missing = fileID.replace('f.docx', 'never.docx')
    const fileList = await tempUrls([missing, fileID])
    expect(fileList[0]).toMatchObject({ fileID: missing, status: -503003, tempFileURL: '' })
    expect(fileList[1]).toMatchObject({ fileID, status: 0 })
    // the SDK throws the file's own code (its errCode is then -1)
    await expect(sdk.downloadFile({ fileID: missing })).rejects.toMatchObject({ code: 'STORAGE_FILE_NONEXIST' })
  })

  it('deletes files: the disk copy goes, a second delete and an old URL find nothing', async () => {
    const fileID = await upload('documents/form/g.docx')
    const { tempFileURL } = await tempUrl(fileID)
    expect(await deleteFiles([fileID])).toEqual([{ fileID, status: 0, errMsg: 'ok' }])
    expect(existsSync(join(emulator.dataDir, 'storage', 'documents', 'form', 'g.docx'))).toBe(false)
    expect((await fetch(tempFileURL)).status).toBe(404)
    expect((await deleteFiles([fileID]))[0]).toMatchObject({ fileID, status: -503003 })
  })

  it('refuses a PUT to the upload address without the signature handed out', async () => {
    const fileID = await upload('documents/form/h.docx')
    const { tempFileURL } = await tempUrl(fileID)
    const address = tempFileURL.slice(0, tempFileURL.indexOf('?'))
    const res = await fetch(address, { method: 'PUT', body: 'overwritten', headers: { authorization: 'forged', 'x-cos-security-token': 'x' } })
    expect(res.status).toBe(403)
    expect(readFileSync(join(emulator.dataDir, 'storage', 'documents', 'form', 'h.docx'))).toEqual(content)
  })

  it('refuses a path that climbs out of the bucket', async () => {
    await expect(sdk.uploadFile({ cloudPath: '../escape.txt', fileContent: content })).rejects.toMatchObject({ errCode: expect.any(Number) })
    expect(existsSync(join(emulator.dataDir, 'escape.txt'))).toBe(false)
  })

  it('empties the storage on reset', async () => {
    const fileID = await upload('documents/form/i.docx')
    await emulator.post('/__dev/reset')
    expect((await tempUrls([fileID]))[0]).toMatchObject({ status: -503003 })
  })
})
