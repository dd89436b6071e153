import ExcelJS from 'exceljs'
import { REGISTER_COLUMNS } from '@shared/documents'

/** Column widths in characters, by column: a Chinese character counts about two. */
const WIDTHS = [16, 24, 15, 30, 24, 10, 22, 12, 10, 30, 16]

/**
 * The register (台账, R8, R19) as an `.xlsx` a phone opens with `openDocument` and a computer
 * prints: a title with the period and when it was made, the header row frozen, one row per
 * appointment, landscape A4 fitted to the page width, every cell text (a reference number or
 * a phone stays as written, never a number).
 */
export async function registerWorkbook(title: string, subtitle: string, rows: readonly string[][]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook()
  workbook.creator = '沂源县政务服务中心'
  const sheet = workbook.addWorksheet('预约台账', {
    views: [{ state: 'frozen', ySplit: 3 }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: '3:3' },
  })
  sheet.columns = WIDTHS.map((width) => ({ width, style: { numFmt: '@', alignment: { vertical: 'top', wrapText: true } } }))
  sheet.mergeCells(1, 1, 1, REGISTER_COLUMNS.length)
  sheet.getCell(1, 1).value = title
  sheet.getCell(1, 1).font = { size: 16, bold: true }
  sheet.getCell(1, 1).alignment = { horizontal: 'center' }
  sheet.mergeCells(2, 1, 2, REGISTER_COLUMNS.length)
  sheet.getCell(2, 1).value = subtitle
  const header = sheet.getRow(3)
  header.values = [...REGISTER_COLUMNS]
  header.font = { bold: true }
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } }
    cell.border = { bottom: { style: 'thin' } }
  })
  for (const row of rows) sheet.addRow(row)
  return Buffer.from(await workbook.xlsx.writeBuffer())
}
