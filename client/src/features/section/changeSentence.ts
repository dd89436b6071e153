import type { ChangeRecord } from '@shared/appointments'
import { formatMonthDay, formatWeekday } from '../calendar/formatCivilDate'

/**
 * The proposed postponement or change (R16) in one line, for the section to decide.
 *
 * @example changeSentence({ newDate: '2026-10-03', newTime: '10:00', reason: '材料需补正' })
 * // '改至 10月3日（周六） 10:00，原因：材料需补正'
 */
export function changeSentence(change: Pick<ChangeRecord, 'newDate' | 'newTime' | 'reason' | 'byApplicant'>): string {
  const to = [change.newDate ? `${formatMonthDay(change.newDate)}（${formatWeekday(change.newDate)}）` : '', change.newTime ?? ''].filter(Boolean).join(' ')
  // R16: the applicant's own request to move reads as theirs.
  return `${change.byApplicant ? '申请人申请改期，' : ''}改至 ${to || '（未注明）'}，原因：${change.reason}`
}
