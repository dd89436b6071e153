import { AlignmentType, BorderStyle, Document, HeightRule, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlign, WidthType } from 'docx'
import type { AppointmentView } from '@shared/appointments'
import { registrationFormContent, type FormNames, type FormRow } from './registrationFormContent'

/** A4 in twentieths of a point, 12 mm × 14 mm margins as the printed page (registrationFormHtml.ts). */
const PAGE = { width: 11906, height: 16838, marginTop: 680, marginSide: 794 }
const WIDTH = PAGE.width - 2 * PAGE.marginSide
const LABEL = Math.round(WIDTH * 0.15)
const VALUE = Math.round(WIDTH * 0.35)
const TIMELINE = [0.24, 0.12, 0.14, 0.12, 0.38].map((share) => Math.round(WIDTH * share))
const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' }
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE }
/** 宋体, installed with every Chinese Windows and WPS: the file embeds no font. */
const FONT = { ascii: 'SimSun', eastAsia: 'SimSun', hAnsi: 'SimSun' }

const text = (value: string, bold = false) => new TextRun({ text: value, bold, font: FONT })
const para = (...runs: TextRun[]) => new Paragraph({ children: runs })

function cell(content: string | Paragraph[], width: number, options: { label?: boolean; span?: number; bold?: boolean } = {}): TableCell {
  return new TableCell({
    children: typeof content === 'string' ? [para(text(content, options.bold))] : content,
    width: { size: width, type: WidthType.DXA },
    columnSpan: options.span,
    borders: BORDERS,
    margins: { top: 40, bottom: 40, left: 100, right: 100 },
    ...(options.label ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F2F2F2' } } : {}),
  })
}

function recordRow(row: FormRow): TableRow {
  switch (row.kind) {
    case 'row':
      return new TableRow({ cantSplit: true, children: [cell(row.label, LABEL, { label: true }), cell(row.value, WIDTH - LABEL, { span: 3 })] })
    case 'pair':
      return new TableRow({
        cantSplit: true,
        children: [cell(row.label, LABEL, { label: true }), cell(row.value, VALUE), cell(row.label2, LABEL, { label: true }), cell(row.value2, VALUE)],
      })
    case 'materials':
      return new TableRow({
        children: [
          cell('告知材料', LABEL, { label: true }),
          cell([...row.items.map((item) => para(text(item.name, true), text(`：${item.told}`))), para(text(row.told.text, row.told.missing))], WIDTH - LABEL, { span: 3 }),
        ],
      })
  }
}

/** A two-cell line of signatures, tall enough to sign in. */
function signRow(left: string, right: string, height: number): TableRow {
  const signCell = (value: string) =>
    new TableCell({ children: [para(text(value))], width: { size: WIDTH / 2, type: WidthType.DXA }, borders: BORDERS, verticalAlign: VerticalAlign.BOTTOM, margins: { left: 100, right: 100, bottom: 60 } })
  return new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.ATLEAST }, children: [signCell(left), signCell(right)] })
}

const BLANK = '＿＿＿＿＿＿'

/**
 * The registration form (预约服务登记表, R8, R19) as a Word document: the same content as the
 * printable page (`registrationFormContent`), A4, 10 pt 宋体 without an embedded font, the
 * record, the materials told, the contact record and the history as tables, then the
 * signature lines and the section's review box with the filing number. WeChat opens it with
 * `openDocument`, from where it prints or goes to a computer.
 */
export async function registrationFormDocx(appointment: AppointmentView, names: FormNames, printedAt: number): Promise<Buffer> {
  const form = registrationFormContent(appointment, names, printedAt)
  const table = (rows: TableRow[], columns: number[]) =>
    new Table({ rows, width: { size: WIDTH, type: WidthType.DXA }, columnWidths: columns, layout: TableLayoutType.FIXED })
  const document = new Document({
    creator: '沂源县政务服务中心',
    title: form.title,
    styles: { default: { document: { run: { font: FONT, size: 20 } } } },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.marginTop, bottom: PAGE.marginTop, left: PAGE.marginSide, right: PAGE.marginSide },
          },
        },
        children: [
          new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 120 }, children: [new TextRun({ text: form.title, bold: true, size: 32, font: FONT })] }),
          new Paragraph({ spacing: { after: 80 }, children: [text('预约编号：'), new TextRun({ text: form.referenceNo, bold: true, size: 24, font: FONT }), text(`\u3000\u3000打印时间：${form.printedAt}`)] }),
          table(form.rows.map(recordRow), [LABEL, VALUE, LABEL, VALUE]),
          new Paragraph({ spacing: { before: 160, after: 60 }, children: [new TextRun({ text: '办理过程记录', bold: true, size: 22, font: FONT })] }),
          table(
            [
              new TableRow({ tableHeader: true, children: ['时间', '操作人', '事项', '状态', '说明'].map((h, i) => cell(h, TIMELINE[i]!, { label: true })) }),
              ...form.timeline.map((cells) => new TableRow({ cantSplit: true, children: cells.map((c, i) => cell(c, TIMELINE[i]!)) })),
            ],
            TIMELINE,
          ),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
          table(
            [
              signRow(form.confirmed ? '申请人确认：见上栏' : `申请人签字：${BLANK}\u3000日期：${BLANK}`, `窗口经办人签字：${BLANK}\u3000日期：${BLANK}`, 850),
              new TableRow({
                height: { value: 1250, rule: HeightRule.ATLEAST },
                children: [new TableCell({ children: [para(text('管理科审核意见：'))], columnSpan: 2, borders: BORDERS, width: { size: WIDTH, type: WidthType.DXA }, margins: { left: 100, top: 60 } })],
              }),
              signRow(`审核人签字：${BLANK}\u3000日期：${BLANK}`, `归档号：${form.filing || BLANK}`, 1080),
            ],
            [WIDTH / 2, WIDTH / 2],
          ),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}
