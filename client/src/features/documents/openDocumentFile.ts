import Taro from '@tarojs/taro'
import type { DocumentAnswer } from '@shared/documents'

/**
 * Opens a document a function wrote to cloud storage (R19). In the mini-program: downloaded
 * from its temporary URL, then opened by WeChat (`openDocument`, with the menu from which it
 * prints or sends the file to a computer; docs/platform.md, "Cloud storage"). In the H5 build:
 * the browser downloads it under its Chinese name. Answers what to tell the user when it
 * fails, or undefined.
 */
export async function openDocumentFile(doc: DocumentAnswer): Promise<string | undefined> {
  if (process.env.TARO_ENV === 'h5') {
    const link = document.createElement('a')
    link.href = doc.url
    link.download = doc.fileName
    document.body.appendChild(link)
    link.click()
    link.remove()
    return undefined
  }
  try {
    const downloaded = await Taro.downloadFile({ url: doc.url })
    if (downloaded.statusCode !== 200) return '文件下载失败，请稍后再试'
    await Taro.openDocument({ filePath: downloaded.tempFilePath, fileType: doc.fileType, showMenu: true })
    return undefined
  } catch {
    return '文件没能打开，请稍后再试；仍不行请联系管理员检查下载域名设置'
  }
}
