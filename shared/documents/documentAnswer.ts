/**
 * A document a function wrote to cloud storage (R19): the register's `.xlsx` or a form's
 * `.docx`, reachable only through `url`, a temporary URL issued to this caller that expires
 * at `expiresAt` (epoch ms). The mini-program downloads and opens it (`openDocument`); the H5
 * build offers it as a download.
 */
export interface DocumentAnswer {
  fileID: string
  url: string
  /** what the file is called when saved: `预约台账_2026年10月1日至2026年10月8日.xlsx` */
  fileName: string
  fileType: 'xlsx' | 'docx'
  expiresAt: number
  /** the register's rows, for the page to say how many */
  rows?: number
}

/** How long a document's temporary URL lives: ten minutes, the shorter of WeChat's two figures (docs/platform.md, "Cloud storage"). */
export const DOCUMENT_URL_SECONDS = 600
