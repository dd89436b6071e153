import Taro from '@tarojs/taro'
import type { DocumentAnswer } from '@shared/documents'
import { documentName } from './documentName'
import { openDocumentFile } from './openDocumentFile'

const taro = Taro as unknown as Record<string, unknown>
const doc: DocumentAnswer = {
  fileID: 'cloud://env.bucket/documents/register/2026-09-30/abc.xlsx',
  url: 'https://bucket.tcb.qcloud.la/documents/register/2026-09-30/abc.xlsx?sign=s&t=1',
  fileName: '预约台账_2026年10月1日至2026年10月8日.xlsx',
  fileType: 'xlsx',
  expiresAt: 1,
  rows: 3,
}

describe('opening a document in the mini-program (R19)', () => {
  const env = process.env.TARO_ENV
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp'
  })
  afterEach(() => {
    process.env.TARO_ENV = env
    delete taro.downloadFile
    delete taro.openDocument
  })

  it('R19 downloads the temporary URL, then lets WeChat open it with its menu (print, send to a computer)', async () => {
    const downloadFile = jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/abc.xlsx' }))
    const openDocument = jest.fn(async () => ({ errMsg: 'openDocument:ok' }))
    Object.assign(taro, { downloadFile, openDocument })
    expect(await openDocumentFile(doc)).toBeUndefined()
    expect(downloadFile).toHaveBeenCalledWith({ url: doc.url })
    expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/abc.xlsx', fileType: 'xlsx', showMenu: true })
  })

  it('R19 says in Chinese when the download is refused, and opens nothing', async () => {
    const openDocument = jest.fn()
    Object.assign(taro, { downloadFile: jest.fn(async () => ({ statusCode: 403, tempFilePath: '' })), openDocument })
    expect(await openDocumentFile(doc)).toBe('文件下载失败，请稍后再试')
    expect(openDocument).not.toHaveBeenCalled()
  })

  it('R19 says in Chinese when WeChat cannot download or open it (a domain not listed)', async () => {
    Object.assign(taro, { downloadFile: jest.fn(async () => Promise.reject(new Error('downloadFile:fail url not in domain list'))), openDocument: jest.fn() })
    expect(await openDocumentFile(doc)).toMatch(/^文件没能打开/)
  })
})

describe('downloading a document in the H5 build (R19)', () => {
  it('R19 hands the temporary URL to the browser as a download under its Chinese name', async () => {
    const env = process.env.TARO_ENV
    process.env.TARO_ENV = 'h5'
    const clicked: { href: string; download: string }[] = []
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download })
    })
    try {
      expect(await openDocumentFile(doc)).toBeUndefined()
      expect(clicked).toEqual([{ href: doc.url, download: doc.fileName }])
      expect(document.querySelectorAll('a').length).toBe(0)
    } finally {
      click.mockRestore()
      process.env.TARO_ENV = env
    }
  })
})

describe('a document\'s name as people read it (R19)', () => {
  it('R19 drops the extension, a program\'s word', () => {
    expect(documentName('预约台账_2026年10月1日至2026年10月8日.xlsx')).toBe('预约台账_2026年10月1日至2026年10月8日')
    expect(documentName('预约服务登记表_2026-000002.docx')).toBe('预约服务登记表_2026-000002')
  })
})
