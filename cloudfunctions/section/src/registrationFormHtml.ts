import type { AppointmentView } from '@shared/appointments'
import { escapeHtml } from './escapeHtml'
import { registrationFormContent, type FormNames, type FormRow } from './registrationFormContent'

export type { FormNames } from './registrationFormContent'

/**
 * One A4 sheet for the usual case (two items of three materials each, one
 * change, a full history): 10 pt type, tight cells; a longer record runs on
 * to a second sheet with rows kept whole.
 */
const STYLE = `
@page { size: A4; margin: 12mm 14mm; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", serif; font-size: 10pt; line-height: 1.35; color: #000; margin: 0; }
h1 { text-align: center; font-size: 16pt; margin: 0 0 2mm; letter-spacing: 2px; }
.meta { display: flex; justify-content: space-between; font-size: 10pt; margin-bottom: 1.5mm; }
.meta b { font-size: 12pt; letter-spacing: 1px; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 1mm 1.8mm; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { width: 15%; font-weight: normal; background: #f2f2f2; }
tr { page-break-inside: avoid; }
h2 { font-size: 11pt; margin: 2.5mm 0 1mm; }
.materials div { margin: 0.3mm 0; }
.timeline { font-size: 9pt; }
.timeline th { width: auto; }
.timeline col.at { width: 24%; } .timeline col.by { width: 12%; } .timeline col.ev { width: 14%; } .timeline col.st { width: 12%; }
.signs td { height: 15mm; vertical-align: bottom; border: 1px solid #000; }
.review td { height: 19mm; }
.review td.opinion { vertical-align: top; height: 22mm; }
.blank { display: inline-block; min-width: 26mm; border-bottom: 1px solid #000; }
@media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`

const e = escapeHtml

function rowHtml(row: FormRow): string {
  switch (row.kind) {
    case 'row':
      return `<tr><th>${e(row.label)}</th><td colspan="3">${e(row.value)}</td></tr>`
    case 'pair':
      return `<tr><th>${e(row.label)}</th><td>${e(row.value)}</td><th>${e(row.label2)}</th><td>${e(row.value2)}</td></tr>`
    case 'materials': {
      const items = row.items.map((item) => `<div><b>${e(item.name)}</b>：${e(item.told)}</div>`).join('')
      const told = row.told.missing ? `<div><b>${e(row.told.text)}</b></div>` : `<div>${e(row.told.text)}</div>`
      return `<tr><th>告知材料</th><td colspan="3" class="materials">${items}${told}</td></tr>`
    }
  }
}

/**
 * The registration form (预约服务登记表, R8, R19) as a printable A4 page for
 * filing (`registrationFormContent`: the same content as the `.docx`), with
 * signature lines for the applicant and the staff, and room for the section's
 * review (审核意见, 签字, 日期) and filing number. Every value is escaped.
 */
export function registrationFormHtml(appointment: AppointmentView, names: FormNames, printedAt: number): string {
  const form = registrationFormContent(appointment, names, printedAt)
  const timeline = form.timeline.map((cells) => `<tr>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`).join('')
  // A confirmation in the app or on paper already recorded needs no second signature line.
  const applicantSign = form.confirmed ? '申请人确认：见上栏' : '申请人签字：<span class="blank"></span>&emsp;日期：<span class="blank"></span>'

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${form.title}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${form.title}</h1>
<div class="meta"><span>预约编号：<b>${e(form.referenceNo)}</b></span><span>打印时间：${form.printedAt}</span></div>
<table class="record"><tbody>
${form.rows.map(rowHtml).join('\n')}
</tbody></table>
<h2>办理过程记录</h2>
<table class="timeline"><colgroup><col class="at"><col class="by"><col class="ev"><col class="st"><col></colgroup><thead><tr><th>时间</th><th>操作人</th><th>事项</th><th>状态</th><th>说明</th></tr></thead><tbody>
${timeline}
</tbody></table>
<table class="signs"><tbody>
<tr><td>${applicantSign}</td><td>窗口经办人签字：<span class="blank"></span>&emsp;日期：<span class="blank"></span></td></tr>
</tbody></table>
<table class="signs review"><tbody>
<tr><td colspan="2" class="opinion">管理科审核意见：</td></tr>
<tr><td>审核人签字：<span class="blank"></span>&emsp;日期：<span class="blank"></span></td><td>归档号：${form.filing ? e(form.filing) : '<span class="blank"></span>'}</td></tr>
</tbody></table>
</body>
</html>
`
}
