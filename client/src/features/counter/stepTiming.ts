import { agreedInstant, type AppointmentView } from '@shared/appointments'
import { addDays, civilDateOf } from '@shared/time'
import type { CounterAction } from './counterActions'

/** R18: lateness is recorded from this long after the agreed time. */
export const LATE_AFTER_MS = 30 * 60 * 1000
/** R16: a change must reach the applicant at least this long before the agreed time. */
export const CHANGE_NOTICE_MS = 12 * 60 * 60 * 1000

type Timed = Pick<AppointmentView, 'date' | 'agreedTime'>

/**
 * Of the steps the transition table offers (`counterActions`), those that
 * can apply at `now` (the server's clock), so the page never offers a step
 * it would refuse or that makes no sense yet:
 * - 登记迟到 (R18) from the agreed time + 30 minutes on;
 * - 报告不可抗力 (R17) on the day before the appointment's date and on the day itself
 *   (docs/rules.md R17, decision); earlier, a change (R16) still reaches the applicant;
 * - 申请变更 (R16) while the agreed time is more than 12 hours ahead (after that
 *   the server answers `CHANGE_TOO_LATE`), so never once service is due;
 * - 开始办理 (R19) on the appointment's date (before it the server answers `TOO_EARLY`).
 * The server checks each step again.
 *
 * @example stepsThatApply(['proposeChange', 'markLate', 'forceMajeure', 'print'], { date: '2026-10-02', agreedTime: '09:00' }, Date.parse('2026-09-28T10:00:00+08:00'))
 * // ['proposeChange', 'print']
 */
export function stepsThatApply(actions: readonly CounterAction[], appointment: Timed, now: number): CounterAction[] {
  return actions.filter((step) => {
    if (step === 'markLate') return appointment.agreedTime !== undefined && now >= agreedInstant(appointment.date, appointment.agreedTime) + LATE_AFTER_MS
    if (step === 'forceMajeure') return civilDateOf(now) >= addDays(appointment.date, -1)
    if (step === 'start') return civilDateOf(now) >= appointment.date
    if (step === 'proposeChange') return now < agreedInstant(appointment.date, appointment.agreedTime ?? '00:00') - CHANGE_NOTICE_MS
    return true
  })
}
