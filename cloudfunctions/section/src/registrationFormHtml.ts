import { describeDeviation, statusName, TIMELINE_EVENT_NAMES, type AppointmentView, type Channel, type HalfDay } from '@shared/appointments'
import { MATERIAL_FORM_NAMES, type Material } from '@shared/items'
import { chineseDate, chineseDateTime, civilDateOf, civilTimeOf } from '@shared/time'
import { escapeHtml } from './escapeHtml'

/** What the form needs besides the appointment: names for the ids it holds. */
export interface FormNames {
  items: ReadonlyMap<string, string>
  /** Each item's materials as the item guide lists them: what staff told in full (一次性告知, R11). */
  materials: ReadonlyMap<string, readonly Material[]>
  /** `2号窗口 市场主体登记`, by window id. */
  windows: ReadonlyMap<string, string>
  /** Staff names, by staff id. */
  staff: ReadonlyMap<string, string>
}

const FORM_TITLE = '沂源县政务服务中心预约服务登记表'

const CHANNEL_NAMES: Record<Channel, string> = { 'mini-program': '微信小程序', desk: '现场咨询台', phone: '电话预约' }
const HALF_DAY_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** An instant as people read it: `2026年10月2日 09:30` (Beijing time, 24-hour). */
const time = (ms: number | undefined) => (ms === undefined ? '' : chineseDateTime(ms))

/** From–to on one day writes the day once: `2026年10月2日 09:30 至 10:05`. */
const span = (from: number, to: number) => (civilDateOf(from) === civilDateOf(to) ? `${time(from)} 至 ${civilTimeOf(to)}` : `${time(from)} 至 ${time(to)}`)

const row = (label: string, value: string) => `<tr><th>${escapeHtml(label)}</th><td colspan="3">${value}</td></tr>`
const pair = (l1: string, v1: string, l2: string, v2: string) =>
  `<tr><th>${escapeHtml(l1)}</th><td>${v1}</td><th>${escapeHtml(l2)}</th><td>${v2}</td></tr>`

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

/**
 * The registration form (预约服务登记表, R8, R19) as a printable A4 page for
 * filing: the reference number as its serial number (which a paper signature
 * quotes back, R19), every field the notice lists from the applicant to their
 * confirmation, the materials told in full (R11) and the contact record,
 * the history, signature lines for the applicant and the staff, and room for
 * the section's review (审核意见, 签字, 日期) and filing number. Dates read
 * 2026年10月2日 and times 09:30, Beijing time. Every value is escaped; the
 * phone is as the caller may see it (`canSeePhone`).
 */
export function registrationFormHtml(appointment: AppointmentView, names: FormNames, printedAt: number): string {
  const e = escapeHtml
  const staffName = (id: string | undefined) => (id === undefined ? '' : e(names.staff.get(id) ?? '工作人员'))
  const windowName = (id: string) => e(names.windows.get(id) ?? '窗口')
  const itemName = (id: string) => e(names.items.get(id) ?? '事项')
  const when = [chineseDate(appointment.date), appointment.halfDay ? HALF_DAY_NAMES[appointment.halfDay] : ''].filter(Boolean).join(' ')
  const agreed = appointment.agreedTime
    ? `${e(appointment.agreedTime)}${appointment.plannedMinutes ? `（计划${appointment.plannedMinutes}分钟）` : ''}`
    : `未约定${appointment.preferredTime ? `（申请人希望 ${e(appointment.preferredTime)}）` : ''}`
  const registeredBy = appointment.registeredBy ? `${staffName(appointment.registeredBy)}（${time(appointment.createdAt)}）` : `申请人本人（${time(appointment.createdAt)}）`
  const { contact, outcome, change, paperSignature, filing } = appointment

  const materials = appointment.itemIds
    .map((id) => {
      const list = names.materials.get(id) ?? []
      const told = list.map((m, i) => `${CIRCLED[i] ?? `${i + 1}.`}${e(m.name)} ${MATERIAL_FORM_NAMES[m.form]}${m.copies}份${m.note ? `（${e(m.note)}）` : ''}`).join('；')
      return `<div><b>${itemName(id)}</b>：${told || '无需材料'}</div>`
    })
    .join('')
  const toldLine = contact
    ? `<div>${contact.materialsToldInFull ? '以上材料已一次性告知' : '<b>未一次性告知</b>'}（${staffName(contact.by)}，${time(contact.at)}）</div>`
    : '<div>尚未联系申请人告知</div>'

  const confirmation = appointment.acknowledgedAt
    ? paperSignature
      ? `申请人已在纸质登记表上签字确认（登记表编号${e(paperSignature.formNo)}，${staffName(paperSignature.by)}于${time(paperSignature.at)}登记${paperSignature.onRequest ? '，应申请人要求' : ''}）`
      : `已于${time(appointment.acknowledgedAt)}在微信小程序确认`
    : appointment.channel === 'mini-program'
      ? '待申请人在微信小程序确认，或在下方签字'
      : '请申请人在下方签字确认'

  const rows = [
    pair('申请人', e(appointment.applicant.name), '联系电话', e(appointment.applicant.phone)),
    ...(appointment.applicant.company
      ? [pair('申请单位', e(appointment.applicant.company.name), '统一社会信用代码', e(appointment.applicant.company.creditCode))]
      : []),
    pair('预约渠道', e(CHANNEL_NAMES[appointment.channel]), '登记人', registeredBy),
    row('办理事项', appointment.itemIds.map(itemName).join('、')),
    pair('预约日期', when, '约定时间', agreed),
    pair('主办窗口', appointment.leadWindowId ? windowName(appointment.leadWindowId) : '未派单', '配合窗口', appointment.assistingWindowIds.map(windowName).join('、') || '无'),
    pair('承办人员', staffName(appointment.assignedStaffId) || '未分配', '当前状态', e(statusName(appointment.status))),
    `<tr><th>告知材料</th><td colspan="3" class="materials">${materials}${toldLine}</td></tr>`,
    row('联系记录', contact ? `${time(contact.at)} ${staffName(contact.by)}：${e(contact.note) || '已电话联系申请人'}` : ''),
    ...(appointment.note ? [row('申请人备注', e(appointment.note))] : []),
    ...(change
      ? [
          row(
            '变更',
            `${time(change.at)} ${staffName(change.proposedBy)}申请：${e(change.reason)}` +
              `${change.newDate || change.newTime ? `（改为${change.newDate ? chineseDate(change.newDate) : ''}${change.newTime ? ` ${e(change.newTime)}` : ''}）` : ''}` +
              `${change.decision ? `；${change.decision === 'approved' ? '已同意' : '未同意'}（${staffName(change.decidedBy)}，${time(change.decidedAt)}）` : '；待审批'}`,
          ),
        ]
      : []),
    ...(appointment.lateRecord ? [row('迟到记录', `${time(appointment.lateRecord.at)} ${e(appointment.lateRecord.note)}${appointment.lateRecord.gaveUp ? '（申请人放弃办理）' : ''}`)] : []),
    ...(appointment.forceMajeure ? [row('不可抗力', `${time(appointment.forceMajeure.at)} ${e(appointment.forceMajeure.note)}`)] : []),
    ...(appointment.cancellation ? [row('取消', `${time(appointment.cancellation.at)} ${e(appointment.cancellation.reason)}`)] : []),
    row('办理结果', outcome ? e(outcome.result) : ''),
    // Figures staff entered against the record, with their reason: what the section checks before filing (R19).
    ...(appointment.deviations ?? []).map((d) => row('例外说明', `${e(describeDeviation(d))}；原因：${e(d.reason)}（${staffName(d.by)}，${time(d.at)}）`)),
    pair('办理时间', outcome ? span(outcome.startedAt, outcome.endedAt) : time(appointment.startedAt), '办理时长', outcome ? `${outcome.minutes}分钟` : ''),
    row('申请人确认', confirmation),
  ]
  const timeline = appointment.timeline
    .map(
      (step) =>
        `<tr><td>${time(step.at)}</td><td>${step.byRole === 'applicant' ? '申请人' : staffName(step.by)}</td><td>${e(TIMELINE_EVENT_NAMES[step.event])}</td><td>${e(statusName(step.status))}</td><td>${e(step.note ?? '')}</td></tr>`,
    )
    .join('')
  // A confirmation in the app or on paper already recorded needs no second signature line.
  const applicantSign = appointment.acknowledgedAt ? '申请人确认：见上栏' : '申请人签字：<span class="blank"></span>&emsp;日期：<span class="blank"></span>'

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${FORM_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${FORM_TITLE}</h1>
<div class="meta"><span>预约编号：<b>${e(appointment.referenceNo ?? '')}</b></span><span>打印时间：${time(printedAt)}</span></div>
<table class="record"><tbody>
${rows.join('\n')}
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
<tr><td>审核人签字：<span class="blank"></span>&emsp;日期：<span class="blank"></span></td><td>归档号：${filing ? `${e(filing.archiveNo)}${filing.box ? `（${e(filing.box)}）` : ''}` : '<span class="blank"></span>'}</td></tr>
</tbody></table>
</body>
</html>
`
}
