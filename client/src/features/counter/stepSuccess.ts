import type { AppointmentView } from '@shared/appointments'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { readTime } from './confirmTime'
import type { CounterStep } from './useCounterStep'

/** What a step said when it succeeded: a short toast, and the line the page keeps showing. */
export interface StepSuccess {
  /** Taro.showToast's title (WeChat shows about 7 characters with an icon). */
  toast: string
  /** Where things stand next, in full. */
  line: string
}

const at = (a: Pick<AppointmentView, 'date' | 'agreedTime'>) => `${formatMonthDay(a.date)}${a.agreedTime ? ` ${readTime(a.agreedTime)}` : ''}`

/**
 * Every window step's success message (issue 16) from the record the server
 * answered: what was done and what comes next, in the staff's words.
 * `staffName` is the assigned person's name when the page knows it.
 *
 * @example stepSuccess('confirm', { date: '2026-10-05', agreedTime: '14:30', … }).line // '已确认，请在10月5日 14:30前到岗'
 */
export function stepSuccess(step: CounterStep, appointment: AppointmentView, staffName?: string): StepSuccess {
  switch (step) {
    case 'assign':
      return { toast: '已分配', line: `已分配给${staffName ?? '经办人'}，下一步由经办人联系申请人、告知材料并确认时间` }
    case 'confirm':
      return { toast: '已确认预约', line: `已确认，请在${at(appointment)}前到岗` }
    case 'confirmPart':
      return { toast: '已确认配合', line: `已确认配合办理，请在${at(appointment)}前到岗配合主办窗口` }
    case 'proposeChange':
      return { toast: '已提交审批', line: '变更申请已提交管理科审批，审批结果会通知您，期间请勿自行更改时间' }
    case 'forceMajeure':
      return { toast: '已报告', line: '已报告管理科，由管理科联系申请人另行安排' }
    case 'markLate':
      return appointment.status === 'abandoned'
        ? { toast: '已登记', line: '已登记申请人放弃办理，本次预约计为已服务' }
        : { toast: '已登记迟到', line: '已登记迟到，请继续等候申请人到达后开始办理' }
    case 'start':
      return { toast: '已开始办理', line: '已开始办理，办完后请在下方登记办理结果并办结' }
    case 'complete':
      return { toast: '已办结', line: '已办结，等待申请人确认办理结果；本工单已移到“已办”' }
    case 'paperSign':
      return { toast: '已登记签字', line: '已登记申请人在登记表上签字，本次预约办结，由管理科归档' }
    case 'recordAttempt':
      return { toast: '已登记联系', line: '已登记这次联系；联系不上且次数、时间够了，可登记未到' }
    case 'markNoShow':
      return { toast: '已登记未到', line: '已登记申请人未到，本次预约计为已服务，由管理科归档' }
  }
}
