import type { AppointmentView } from '@shared/appointments'
import type { Material } from '@shared/items'
import { HALF_DAY_NAMES } from '../booking/appointmentWhen'
import { describeMaterial } from '../items/describeMaterial'
import { fullDate } from './fullDate'

/** An item as the read-back needs it: its name, materials and notes (一次性告知, R11). */
export interface ReadBackItem {
  name: string
  materials: readonly Material[]
  notes?: string
}

/**
 * A phone number read out in groups, as people say it.
 * @example spokenPhone('13812345678') // '138 1234 5678'
 */
export function spokenPhone(phone: string): string {
  return /^1\d{10}$/.test(phone) ? `${phone.slice(0, 3)} ${phone.slice(3, 7)} ${phone.slice(7)}` : phone
}

/**
 * What the desk reads back to the caller or visitor once a request is
 * registered (R7, R11): the reference number when the record has one, the
 * items, the date with the time asked for (or 上午/下午), the phone to
 * check, every item's materials and notes, what happens next, and how the
 * caller finds it in the mini-program (R7: `claimLine`). Items still loading
 * are left out (`items` holds those read).
 */
export function readBackLines(appointment: AppointmentView, items: readonly ReadBackItem[], referenceNo?: string): string[] {
  const when = [fullDate(appointment.date), appointment.halfDay ? HALF_DAY_NAMES[appointment.halfDay] : '', appointment.preferredTime ? `${appointment.preferredTime.replace(/^0/, '')}左右` : '']
    .filter(Boolean)
    .join('')
  const lines = [`您好，已为您登记节假日预约。`]
  if (referenceNo) lines.push(`预约编号：${referenceNo}`)
  lines.push(`办理事项：${items.map((i) => i.name).join('、')}`, `预约时间：${when}`, `联系电话：${spokenPhone(appointment.applicant.phone)}，请您核对。`)
  for (const item of items) {
    lines.push(`办理“${item.name}”请携带：`)
    if (item.materials.length === 0) lines.push('无需携带材料')
    item.materials.forEach((m, i) => lines.push(`${i + 1}. ${m.name}（${describeMaterial(m)}）${m.note ? `，${m.note}` : ''}`))
    if (item.notes) lines.push(`注意：${item.notes}`)
  }
  lines.push('管理科派单后，窗口工作人员会打电话与您确认具体时间，请保持电话畅通。')
  const claim = claimLine(appointment)
  if (claim) lines.push(claim)
  return lines
}

/**
 * R7: a registration for a number already verified with WeChat is in that
 * citizen's 我的预约 at once; one for another mobile number can be found
 * there with WeChat's phone button. A landline cannot be verified by WeChat:
 * nothing to say.
 */
export function claimLine(appointment: Pick<AppointmentView, 'applicant' | 'timeline'>): string | undefined {
  if ((appointment.timeline ?? []).some((step) => step.event === 'claim')) return '该号码已通过微信验证，本预约已加入您微信小程序的“我的预约”，可在其中查看进度。'
  if (!/^1\d{10}$/.test(appointment.applicant.phone)) return undefined
  return '如使用微信，可在本中心小程序“我的预约”中点“用手机号查找电话/窗口登记的预约”，找回本预约。'
}
