import {
  completePayloadSchema,
  confirmPartPayloadSchema,
  forceMajeurePayloadSchema,
  markLatePayloadSchema,
  startPayloadSchema,
} from '@shared/appointments'
import { windowEventAction } from './windowEvent'

const none = () => ({})

/** `appointments.confirmPart` (R13): an assisting window's leader or staff confirms its part of parallel handling. */
export const confirmPartAction = windowEventAction('confirmPart', confirmPartPayloadSchema, none)

/** `appointments.forceMajeure` (R17): the staff talked to the applicant; the section is told at once (outbox). */
export const forceMajeureAction = windowEventAction('forceMajeure', forceMajeurePayloadSchema, none)

/** `appointments.markLate` (R18): 30 minutes after the agreed time (`TOO_EARLY` before), whether the applicant gives up. */
export const markLateAction = windowEventAction('markLate', markLatePayloadSchema, none)

/** `appointments.start` (R19): service begins, on the appointment's day. */
export const startAction = windowEventAction('start', startPayloadSchema, none)

/** `appointments.complete` (R14, R19): outcome, start and end; more than 210 minutes is `DURATION_EXCEEDED`. */
export const completeAction = windowEventAction('complete', completePayloadSchema, none)
