import { noInputSchema, type Page } from '../api'
import {
  appointmentIdSchema,
  assignInputSchema,
  completeInputSchema,
  paperSignInputSchema,
  confirmInputSchema,
  confirmPartInputSchema,
  forceMajeureInputSchema,
  markLateInputSchema,
  markNoShowInputSchema,
  recordAttemptInputSchema,
  proposeChangeInputSchema,
  queueInputSchema,
  startInputSchema,
  type AppointmentAnswer,
  type CounterEntryAnswer,
  type QueueEntry,
  type WindowStaffMember,
} from '../appointments'
import { dutyShiftRefSchema, walkInLogInputSchema, type AttendanceAnswer, type MyDutyAnswer, type WalkInService, type WalkInTodayAnswer } from '../duty'
import { leaveDecideInputSchema, leaveRequestInputSchema, type LeaveRequest, type TimeBankAnswer } from '../time-bank'
import { endpoint } from './endpoint'

/** `counter`: 窗口工作人员与负责人 — the window's queue and steps (R10, R11, R12, R13, R14, R15, R16, R17, R18, R19), weekend duty, the time bank (docs/api.md). */
export const counterContract = {
  'queue.list': endpoint(queueInputSchema).answers<Page<QueueEntry> & { windowId: string }>(),
  'queue.entry': endpoint(appointmentIdSchema).answers<CounterEntryAnswer>(),
  'window.staff': endpoint(noInputSchema).answers<{ staff: WindowStaffMember[] }>(),
  'appointments.assign': endpoint(assignInputSchema).answers<AppointmentAnswer>(),
  'appointments.confirm': endpoint(confirmInputSchema).answers<AppointmentAnswer>(),
  'appointments.confirmPart': endpoint(confirmPartInputSchema).answers<AppointmentAnswer>(),
  'appointments.proposeChange': endpoint(proposeChangeInputSchema).answers<AppointmentAnswer>(),
  'appointments.forceMajeure': endpoint(forceMajeureInputSchema).answers<AppointmentAnswer>(),
  'appointments.markLate': endpoint(markLateInputSchema).answers<AppointmentAnswer>(),
  'appointments.recordAttempt': endpoint(recordAttemptInputSchema).answers<AppointmentAnswer>(),
  'appointments.markNoShow': endpoint(markNoShowInputSchema).answers<AppointmentAnswer>(),
  'appointments.start': endpoint(startInputSchema).answers<AppointmentAnswer>(),
  'appointments.complete': endpoint(completeInputSchema).answers<AppointmentAnswer>(),
  'appointments.paperSign': endpoint(paperSignInputSchema).answers<AppointmentAnswer>(),
  'duty.mine': endpoint(noInputSchema).answers<MyDutyAnswer>(),
  'duty.checkIn': endpoint(dutyShiftRefSchema).answers<AttendanceAnswer>(),
  'duty.checkOut': endpoint(dutyShiftRefSchema).answers<AttendanceAnswer>(),
  'walkIn.today': endpoint(noInputSchema).answers<WalkInTodayAnswer>(),
  'walkIn.log': endpoint(walkInLogInputSchema).answers<{ service: WalkInService; created: boolean }>(),
  'timebank.mine': endpoint(noInputSchema).answers<TimeBankAnswer>(),
  'leave.request': endpoint(leaveRequestInputSchema).answers<{ leave: LeaveRequest; created: boolean }>(),
  'leave.decide': endpoint(leaveDecideInputSchema).answers<{ leave: LeaveRequest }>(),
}
