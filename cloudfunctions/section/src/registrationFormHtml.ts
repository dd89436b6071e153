import { describeDeviation, EVENT_NAMES, statusName, type Channel, type AppointmentView, type HalfDay } from '@shared/appointments'
import { toBeijing } from '@shared/time'
import { escapeHtml } from './escapeHtml'

/** What the form needs besides the appointment: names for the ids it holds. */
export interface FormNames {
  items: ReadonlyMap<string, string>
  /** `2号窗口 市场主体登记`, by window id. */
  windows: ReadonlyMap<string, string>
  /** Staff names, by staff id. */
  staff: ReadonlyMap<string, string>
}

const FORM_TITLE = '沂源县政务服务中心预约服务登记表'

const CHANNEL_NAMES: Record<Channel, string> = { 'mini-program': '微信小程序', desk: '现场咨询台', phone: '电话预约' }
const HALF_DAY_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }

/** An instant on the Beijing clock, e.g. `2026-10-02 09:30`; every time on the form says so in its header. */
const time = (ms: number | undefined) => (ms === undefined ? '' : toBeijing(ms).format('YYYY-MM-DD HH:mm'))

const row = (label: string, value: string, colspan = 3) => `<tr><th>${escapeHtml(label)}</th><td colspan="${colspan}">${value}</td></tr>`
const pair = (l1: string, v1: string, l2: string, v2: string) =>
  `<tr><th>${escapeHtml(l1)}</th><td>${v1}</td><th>${escapeHtml(l2)}</th><td>${v2}</td></tr>`

const STYLE = `
@page { size: A4; margin: 18mm 15mm; }
body { font-family: "SimSun", "Songti SC", serif; font-size: 11pt; color: #000; margin: 0; }
h1 { text-align: center; font-size: 18pt; margin: 0 0 4mm; letter-spacing: 2px; }
.meta { display: flex; justify-content: space-between; font-size: 9.5pt; margin-bottom: 2mm; }
table { width: 100%; border-collapse: collapse; table-layout: fixed; page-break-inside: auto; }
th, td { border: 1px solid #000; padding: 2mm 2.5mm; vertical-align: top; text-align: left; word-break: break-all; }
th { width: 18%; font-weight: normal; background: #f2f2f2; }
tr { page-break-inside: avoid; }
h2 { font-size: 12pt; margin: 5mm 0 2mm; }
.timeline th { width: auto; }
.sign { margin-top: 8mm; display: flex; justify-content: space-between; }
.blank { display: inline-block; min-width: 40mm; border-bottom: 1px solid #000; }
@media print { th { -webkit-print-color-adjust: exact; print-color-adjust: exact; } }
`

/**
 * The registration form (预约服务登记表, R8) as a printable A4 page for
 * filing: every field the notice lists, from the applicant to their
 * confirmation, and the appointment's history. Every value is escaped; every
 * time is Beijing time. The phone is as the caller may see it (`canSeePhone`).
 */
export function registrationFormHtml(appointment: AppointmentView, names: FormNames, printedAt: number): string {
  const e = escapeHtml
  const staffName = (id: string | undefined) => (id === undefined ? '' : e(names.staff.get(id) ?? id))
  const windowName = (id: string) => e(names.windows.get(id) ?? id)
  const when = [e(appointment.date), appointment.halfDay ? HALF_DAY_NAMES[appointment.halfDay] : ''].filter(Boolean).join(' ')
  const agreed = appointment.agreedTime
    ? e(appointment.agreedTime)
    : `未约定${appointment.preferredTime ? `（申请人希望 ${e(appointment.preferredTime)}）` : ''}`
  const registeredBy = appointment.registeredBy ? staffName(appointment.registeredBy) : '申请人本人（微信小程序）'
  const contact = appointment.contact
  const outcome = appointment.outcome
  const change = appointment.change
  const confirmation = appointment.acknowledgedAt
    ? `已于 ${time(appointment.acknowledgedAt)} 在微信小程序确认`
    : '申请人签字：<span class="blank"></span>　日期：<span class="blank"></span>'

  const rows = [
    pair('申请人姓名', e(appointment.applicant.name), '联系电话', e(appointment.applicant.phone)),
    row('办理事项', appointment.itemIds.map((id) => e(names.items.get(id) ?? id)).join('、')),
    pair('预约日期', when, '约定时间', agreed),
    pair('预约渠道', e(CHANNEL_NAMES[appointment.channel]), '当前状态', e(statusName(appointment.status))),
    pair('登记人', registeredBy, '登记时间', time(appointment.createdAt)),
    row('申请人备注', e(appointment.note ?? '')),
    pair('主办窗口', appointment.leadWindowId ? windowName(appointment.leadWindowId) : '未派单', '配合窗口', appointment.assistingWindowIds.map(windowName).join('、') || '无'),
    pair('承办人员', staffName(appointment.assignedStaffId) || '未分配', '计划时长', appointment.plannedMinutes ? `${appointment.plannedMinutes}分钟` : ''),
    pair('联系时间', time(contact?.at), '联系人', staffName(contact?.by)),
    pair('联系记录', contact ? e(contact.note) : '', '一次性告知材料', contact ? (contact.materialsToldInFull ? '已一次性告知' : '未告知') : ''),
    ...(change
      ? [
          row(
            '变更申请',
            `${time(change.at)} ${staffName(change.proposedBy)}：${e(change.reason)}` +
              `${change.newDate || change.newTime ? `（改为 ${e([change.newDate, change.newTime].filter(Boolean).join(' '))}）` : ''}` +
              `${change.decision ? `；${change.decision === 'approved' ? '已同意' : '未同意'}（${staffName(change.decidedBy)} ${time(change.decidedAt)}）` : '；待审批'}`,
          ),
        ]
      : []),
    ...(appointment.lateRecord ? [row('迟到记录', `${time(appointment.lateRecord.at)} ${e(appointment.lateRecord.note)}${appointment.lateRecord.gaveUp ? '（申请人放弃办理）' : ''}`)] : []),
    ...(appointment.forceMajeure ? [row('不可抗力', `${time(appointment.forceMajeure.at)} ${e(appointment.forceMajeure.note)}`)] : []),
    ...(appointment.cancellation ? [row('取消', `${time(appointment.cancellation.at)} ${e(appointment.cancellation.reason)}`)] : []),
    row('办理结果', outcome ? e(outcome.result) : ''),
    // Figures staff entered against the record, with their reason: what the section checks before filing (R19).
    ...(appointment.deviations ?? []).map((d) => row('例外说明', `${e(describeDeviation(d))}；原因：${e(d.reason)}（${staffName(d.by)} ${time(d.at)}）`)),
    pair('办理时间', outcome ? `${time(outcome.startedAt)} 至 ${time(outcome.endedAt)}` : time(appointment.startedAt), '办理时长', outcome ? `${outcome.minutes}分钟` : ''),
    row('申请人确认', confirmation),
  ]
  const timeline = appointment.timeline
    .map(
      (step) =>
        `<tr><td>${time(step.at)}</td><td>${step.byRole === 'applicant' ? '申请人' : staffName(step.by)}</td><td>${e(EVENT_NAMES[step.event])}</td><td>${e(statusName(step.status))}</td><td>${e(step.note ?? '')}</td></tr>`,
    )
    .join('')

  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<title>${FORM_TITLE}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${FORM_TITLE}</h1>
<div class="meta"><span>编号：${e(appointment.id)}</span><span>时间均为北京时间（UTC+8）</span></div>
<table class="record"><tbody>
${rows.join('\n')}
</tbody></table>
<h2>办理过程记录</h2>
<table class="timeline"><thead><tr><th>时间</th><th>操作人</th><th>事项</th><th>状态</th><th>说明</th></tr></thead><tbody>
${timeline}
</tbody></table>
<div class="sign"><span>窗口经办人签字：<span class="blank"></span></span><span>打印时间：${time(printedAt)}</span></div>
</body>
</html>
`
}
