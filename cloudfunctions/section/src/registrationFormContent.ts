import { describeDeviation, rescheduleText, statusName, TIMELINE_EVENT_NAMES, type AppointmentView, type HalfDay } from '@shared/appointments'
import { CHANNEL_NAMES } from '@shared/documents'
import { MATERIAL_FORM_NAMES, type Material } from '@shared/items'
import { chineseDate, chineseDateTime, civilDateOf, civilTimeOf } from '@shared/time'

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

/** One line of the form's main table, in plain text (each renderer escapes or styles it). */
export type FormRow =
  | { kind: 'row'; label: string; value: string }
  | { kind: 'pair'; label: string; value: string; label2: string; value2: string }
  | { kind: 'materials'; items: { name: string; told: string }[]; told: { text: string; missing: boolean } }

/** The registration form's content, once, for the printable page and the `.docx`. */
export interface FormContent {
  title: string
  referenceNo: string
  printedAt: string
  rows: FormRow[]
  /** time, who, step, state, note */
  timeline: string[][]
  /** the applicant already confirmed (in the app or on paper): no second signature line */
  confirmed: boolean
  /** `2026-G-0001（第3盒）`, or empty before filing */
  filing: string
}

export const FORM_TITLE = '沂源县政务服务中心预约服务登记表'

const HALF_DAY_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }
const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳'

/** An instant as people read it: `2026年10月2日 09:30` (Beijing time, 24-hour). */
const time = (ms: number | undefined) => (ms === undefined ? '' : chineseDateTime(ms))

/** From–to on one day writes the day once: `2026年10月2日 09:30 至 10:05`. */
const span = (from: number, to: number) => (civilDateOf(from) === civilDateOf(to) ? `${time(from)} 至 ${civilTimeOf(to)}` : `${time(from)} 至 ${time(to)}`)

/**
 * The registration form (预约服务登记表, R8, R19) as plain text: the reference number as its
 * serial number (which a paper signature quotes back, R19), every field the notice lists from
 * the applicant to their confirmation, the materials told in full (R11) and the contact
 * record, the history, and whether the applicant still signs. Dates read 2026年10月2日 and
 * times 09:30, Beijing time; the phone is as the caller may see it (`canSeePhone`).
 */
export function registrationFormContent(appointment: AppointmentView, names: FormNames, printedAt: number): FormContent {
  const staffName = (id: string | undefined) => (id === undefined ? '' : (names.staff.get(id) ?? '工作人员'))
  const windowName = (id: string) => names.windows.get(id) ?? '窗口'
  const itemName = (id: string) => names.items.get(id) ?? '事项'
  const row = (label: string, value: string): FormRow => ({ kind: 'row', label, value })
  const pair = (label: string, value: string, label2: string, value2: string): FormRow => ({ kind: 'pair', label, value, label2, value2 })
  const when = [chineseDate(appointment.date), appointment.halfDay ? HALF_DAY_NAMES[appointment.halfDay] : ''].filter(Boolean).join(' ')
  const agreed = appointment.agreedTime
    ? `${appointment.agreedTime}${appointment.plannedMinutes ? `（计划${appointment.plannedMinutes}分钟）` : ''}`
    : `未约定${appointment.preferredTime ? `（申请人希望 ${appointment.preferredTime}）` : ''}`
  const registeredBy = appointment.registeredBy ? `${staffName(appointment.registeredBy)}（${time(appointment.createdAt)}）` : `申请人本人（${time(appointment.createdAt)}）`
  const { contact, outcome, change, paperSignature, filing } = appointment

  const materials: FormRow = {
    kind: 'materials',
    items: appointment.itemIds.map((id) => {
      const list = names.materials.get(id) ?? []
      const told = list.map((m, i) => `${CIRCLED[i] ?? `${i + 1}.`}${m.name} ${MATERIAL_FORM_NAMES[m.form]}${m.copies}份${m.note ? `（${m.note}）` : ''}`).join('；')
      return { name: itemName(id), told: told || '无需材料' }
    }),
    told: contact
      ? { text: `${contact.materialsToldInFull ? '以上材料已一次性告知' : '未一次性告知'}（${staffName(contact.by)}，${time(contact.at)}）`, missing: !contact.materialsToldInFull }
      : { text: '尚未联系申请人告知', missing: false },
  }

  const confirmation = appointment.acknowledgedAt
    ? paperSignature
      ? `申请人已在纸质登记表上签字确认（登记表编号${paperSignature.formNo}，${staffName(paperSignature.by)}于${time(paperSignature.at)}登记${paperSignature.onRequest ? '，应申请人要求' : ''}）`
      : `已于${time(appointment.acknowledgedAt)}在微信小程序确认`
    : appointment.channel === 'mini-program'
      ? '待申请人在微信小程序确认，或在下方签字'
      : '请申请人在下方签字确认'

  const rows: FormRow[] = [
    pair('申请人', appointment.applicant.name, '联系电话', appointment.applicant.phone),
    ...(appointment.applicant.company ? [pair('申请单位', appointment.applicant.company.name, '统一社会信用代码', appointment.applicant.company.creditCode)] : []),
    pair('预约渠道', CHANNEL_NAMES[appointment.channel], '登记人', registeredBy),
    row('办理事项', appointment.itemIds.map(itemName).join('、')),
    pair('预约日期', when, '约定时间', agreed),
    pair('主办窗口', appointment.leadWindowId ? windowName(appointment.leadWindowId) : '未派单', '配合窗口', appointment.assistingWindowIds.map(windowName).join('、') || '无'),
    pair('承办人员', staffName(appointment.assignedStaffId) || '未分配', '当前状态', statusName(appointment.status)),
    materials,
    row('联系记录', contact ? `${time(contact.at)} ${staffName(contact.by)}：${contact.note || '已电话联系申请人'}` : ''),
    ...(appointment.note ? [row('申请人备注', appointment.note)] : []),
    ...(change
      ? [
          row(
            '变更',
            `${time(change.at)} ${change.byApplicant ? '申请人' : staffName(change.proposedBy)}申请：${change.reason}` +
              `${change.newDate || change.newTime ? `（改为${change.newDate ? chineseDate(change.newDate) : ''}${change.newTime ? ` ${change.newTime}` : ''}）` : ''}` +
              `${change.decision ? `；${change.decision === 'approved' ? '已同意' : '未同意'}（${staffName(change.decidedBy)}，${time(change.decidedAt)}）` : '；待审批'}`,
          ),
        ]
      : []),
    ...(appointment.lateRecord ? [row('迟到记录', `${time(appointment.lateRecord.at)} ${appointment.lateRecord.note}${appointment.lateRecord.gaveUp ? '（申请人放弃办理）' : ''}`)] : []),
    ...(appointment.forceMajeure ? [row('不可抗力', `${time(appointment.forceMajeure.at)} ${appointment.forceMajeure.note}`)] : []),
    // R17: what the section arranged after the force majeure, each time.
    ...(appointment.reschedules ?? []).map((r) => row('改期', `${time(r.at)} ${staffName(r.by)}：${rescheduleText(r, windowName, staffName)}；说明：${r.reason}`)),
    ...(appointment.cancellation ? [row('取消', `${time(appointment.cancellation.at)} ${appointment.cancellation.reason}`)] : []),
    row('办理结果', outcome ? outcome.result : ''),
    // Figures staff entered against the record, with their reason: what the section checks before filing (R19).
    ...(appointment.deviations ?? []).map((d) => row('例外说明', `${describeDeviation(d)}；原因：${d.reason}（${staffName(d.by)}，${time(d.at)}）`)),
    pair('办理时间', outcome ? span(outcome.startedAt, outcome.endedAt) : time(appointment.startedAt), '办理时长', outcome ? `${outcome.minutes}分钟` : ''),
    row('申请人确认', confirmation),
  ]
  const timeline = appointment.timeline.map((step) => [
    time(step.at),
    step.byRole === 'applicant' ? '申请人' : staffName(step.by),
    TIMELINE_EVENT_NAMES[step.event],
    statusName(step.status),
    step.note ?? '',
  ])
  return {
    title: FORM_TITLE,
    referenceNo: appointment.referenceNo ?? '',
    printedAt: time(printedAt),
    rows,
    timeline,
    confirmed: appointment.acknowledgedAt !== undefined,
    filing: filing ? `${filing.archiveNo}${filing.box ? `（${filing.box}）` : ''}` : '',
  }
}
