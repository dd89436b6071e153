import type { AppointmentStatus } from '@shared/appointments'

/**
 * The words above an item's materials on the appointment page (R11): what to
 * bring while the visit lies ahead; once it is cancelled, finished or given up
 * there is nothing to bring, so the list is kept only for a later visit.
 * @example materialsHeading('confirmed') // '请携带以下材料：'
 * @example materialsHeading('cancelled') // '预约已取消，无需前往。如重新预约，需准备以下材料：'
 */
export function materialsHeading(status: AppointmentStatus): string {
  switch (status) {
    case 'cancelled':
      return '预约已取消，无需前往。如重新预约，需准备以下材料：'
    case 'completed':
    case 'acknowledged':
      return '本次已办结。该事项所需材料如下，供今后办理参考：'
    case 'abandoned':
      return '本次预约已放弃。该事项所需材料如下，供今后办理参考：'
    case 'force_majeure':
      return '窗口因特殊情况无法按约办理，管理科将与您联系另行安排。所需材料如下：'
    default:
      return '请携带以下材料：'
  }
}
