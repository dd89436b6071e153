import Taro from '@tarojs/taro'
import { UTF8_BOM, type SupervisionCsvAnswer } from '@shared/supervision'

/** What the user is told after an export. */
export type ExportOutcome = 'downloaded' | 'copied'

/** The part of the browser an H5 download needs, handed in so that it can be tested. */
export interface Downloader {
  createObjectURL(blob: Blob): string
  revokeObjectURL(url: string): void
  click(href: string, filename: string): void
}

/** The browser's own: an `<a download>` clicked, then the object URL released. */
export const browserDownloader: Downloader = {
  createObjectURL: (blob) => URL.createObjectURL(blob),
  revokeObjectURL: (url) => URL.revokeObjectURL(url),
  click(href, filename) {
    const a = document.createElement('a')
    a.href = href
    a.download = filename
    a.style.display = 'none'
    document.body.appendChild(a)
    a.click()
    a.remove()
  },
}

/**
 * Hands the CSV export (R23) to the user. In the H5 build it is downloaded
 * as a file, the BOM kept so that Excel reads the Chinese correctly. A
 * mini-program cannot save a file to a place Excel opens, so there it goes to
 * the clipboard without the BOM (an invisible character in pasted text), to
 * be pasted into a message or a spreadsheet.
 */
export async function exportCsv(answer: SupervisionCsvAnswer, platform: string, downloader: Downloader = browserDownloader): Promise<ExportOutcome> {
  if (platform === 'h5') {
    const url = downloader.createObjectURL(new Blob([answer.csv], { type: 'text/csv;charset=utf-8' }))
    downloader.click(url, answer.filename)
    setTimeout(() => downloader.revokeObjectURL(url), 10_000)
    return 'downloaded'
  }
  await Taro.setClipboardData({ data: answer.csv.startsWith(UTF8_BOM) ? answer.csv.slice(1) : answer.csv })
  return 'copied'
}
