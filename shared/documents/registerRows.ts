import type { AppointmentView, HalfDay } from '../appointments'
import { chineseDate } from '../time'
import { CHANNEL_NAMES } from './channelNames'

/** The register's columns (台账, R8, R19), in order. */
export const REGISTER_COLUMNS = ['预约编号', '申请人', '电话', '事项', '窗口', '经办人', '预约日期与时间', '渠道', '状态', '结果', '归档号'] as const

/** Names for the ids a register row holds. */
export interface RegisterNames {
  items: ReadonlyMap<string, string>
  /** `2号窗口 市场主体登记`, by window id */
  windows: ReadonlyMap<string, string>
  staff: ReadonlyMap<string, string>
}

const HALF_DAY_NAMES: Record<HalfDay, string> = { am: '上午', pm: '下午' }

/**
 * One appointment as a row of the register: the applicant a person or a company (with its
 * contact), the phone as the caller may see it (the view is already masked, `canSeePhone`),
 * the date in Chinese and the agreed time on the 24-hour clock, names for every id, the
 * outcome and the filing number once there are. Never an id, an ISO date or a code.
 * @example registerRow(view, names)[6] // '2026年10月5日 14:30'
 */
export function registerRow(appointment: AppointmentView, names: RegisterNames): string[] {
  const { applicant } = appointment
  const who = applicant.company ? `${applicant.company.name}（联系人 ${applicant.name}）` : applicant.name
  const when = [
    chineseDate(appointment.date),
    appointment.agreedTime ?? (appointment.halfDay ? HALF_DAY_NAMES[appointment.halfDay] : ''),
  ].filter(Boolean).join(' ')
  const filing = appointment.filing ? `${appointment.filing.archiveNo}${appointment.filing.box ? `（${appointment.filing.box}）` : ''}` : ''
  return [
    appointment.referenceNo ?? '',
    who,
    applicant.phone,
    appointment.itemIds.map((id) => names.items.get(id) ?? '（已删除的事项）').join('、'),
    appointment.leadWindowId ? (names.windows.get(appointment.leadWindowId) ?? '窗口') : '未派单',
    appointment.assignedStaffId ? (names.staff.get(appointment.assignedStaffId) ?? '工作人员') : '未分配',
    when,
    CHANNEL_NAMES[appointment.channel],
    appointment.statusText,
    appointment.outcome?.result ?? '',
    filing,
  ]
}
