import {
  completeInputSchema,
  confirmPartInputSchema,
  forceMajeureInputSchema,
  markLateInputSchema,
  markNoShowInputSchema,
  recordAttemptInputSchema,
  paperSignInputSchema,
  startInputSchema,
  type AppointmentView,
} from '@shared/appointments'
import type { Action } from '@shared/api'
import type { ActionContext } from '@server/context'
import { referenceData } from '@server/referenceData'
import { creditAppointment } from '@server/timebank/creditAppointment'
import { windowEventAction } from './windowEvent'

const none = () => ({})

/** `appointments.confirmPart` (R13): an assisting window's leader or staff confirms its part of parallel handling. */
export const confirmPartAction = windowEventAction('confirmPart', confirmPartInputSchema, none)

/** `appointments.forceMajeure` (R17): the staff talked to the applicant; the section is told at once (outbox). */
export const forceMajeureAction = windowEventAction('forceMajeure', forceMajeureInputSchema, none)

/**
 * R19, R24: a served appointment's hours go to its staff's time bank. After
 * the step is saved (and again on a repeated tap: posting is idempotent) the
 * credit is posted in its own transaction; if this instance dies or the
 * posting fails in between, the scheduler's reconciliation
 * (`reconcileAppointmentCredits`) posts it on its next run, so no credit is
 * lost and none is counted twice.
 */
function creditingTimeBank<I>(step: Action<ActionContext, I, { appointment: AppointmentView }>): Action<ActionContext, I, { appointment: AppointmentView }> {
  return {
    input: step.input,
    async run(input, ctx) {
      const answer = await step.run(input, ctx)
      if (answer.ok) {
        const { id } = answer.data.appointment
        try {
          const posted = await creditAppointment(ctx.db, answer.data.appointment, ctx.now().getTime())
          if (!posted.ok) console.error('[time bank] credit left to the scheduler', id, posted.error.code)
        } catch (error) {
          console.error('[time bank] credit left to the scheduler', id, error)
        }
      }
      return answer
    },
  }
}

/** `appointments.markLate` (R18): 30 minutes after the agreed time (`TOO_EARLY` before), whether the applicant gives up; given up, it counts as served (R24 credit). */
export const markLateAction = creditingTimeBank(windowEventAction('markLate', markLateInputSchema, none))

/** `appointments.recordAttempt` (R18): after the agreed time, one attempt to reach an applicant who has not come. */
export const recordAttemptAction = windowEventAction('recordAttempt', recordAttemptInputSchema, none)

/**
 * `appointments.markNoShow` (R18): after `noShowMinutes` and `noShowAttempts`
 * unanswered attempts (settings), closes the appointment as 未到; it counts
 * as served (R24 credit of the planned minutes).
 */
export const markNoShowAction = creditingTimeBank(
  windowEventAction('markNoShow', markNoShowInputSchema, (_input, ctx) => async () => {
    const { settings } = await referenceData(ctx)
    return { attempts: settings.noShowAttempts, minutes: settings.noShowMinutes }
  }),
)

/** `appointments.start` (R19): service begins, on the appointment's day. */
export const startAction = windowEventAction('start', startInputSchema, none)

/** `appointments.complete` (R14, R19): outcome, start and end on the day; more than 210 minutes, or a start well before the recorded one, is `REASON_REQUIRED` until a reason is given. */
export const completeAction = creditingTimeBank(windowEventAction('complete', completeInputSchema, none))

/**
 * `appointments.paperSign` (R19): the applicant signed the printed form; staff
 * of the lead window type its serial number (the reference number), which
 * must match (`FORM_NUMBER_MISMATCH`, nothing saved). Counts as the
 * applicant's confirmation, recorded as on paper.
 */
export const paperSignAction = windowEventAction('paperSign', paperSignInputSchema, none)
