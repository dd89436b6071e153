import { pageInputSchema, type Page } from '../api'
import {
  appointmentIdSchema,
  decideChangeInputSchema,
  dispatchInputSchema,
  fileRecordsInputSchema,
  inboxInputSchema,
  unfiledInputSchema,
  type AppointmentAnswer,
  type FileRecordsAnswer,
  type InboxEntry,
  type UnfiledEntry,
} from '../appointments'
import { dutyRosterInputSchema, dutyScheduleInputSchema, dutyShiftRefSchema, type DutyShift, type RosterAnswer } from '../duty'
import {
  complaintResolveSchema,
  complaintsListSchema,
  reviewResolveSchema,
  reviewsListSchema,
  visitRecordSchema,
  type ComplaintView,
  type ComplaintsAnswer,
  type PendingVisitsAnswer,
  type ReviewView,
  type ReviewsAnswer,
  type VisitView,
} from '../feedback'
import { supervisionInputSchema, type SupervisionAnswer } from '../supervision'
import { endpoint } from './endpoint'

/** `section`: 政务服务管理科 — dispatching (R9, R13), changes (R16), forms (R8), duty rosters, follow-up (R20), supervision (R23) (docs/api.md). */
export const sectionContract = {
  'inbox.list': endpoint(inboxInputSchema).answers<Page<InboxEntry> & { now: number }>(),
  'appointments.dispatch': endpoint(dispatchInputSchema).answers<AppointmentAnswer>(),
  'changes.decide': endpoint(decideChangeInputSchema).answers<AppointmentAnswer>(),
  'records.form': endpoint(appointmentIdSchema).answers<{ html: string }>(),
  'records.unfiled': endpoint(unfiledInputSchema).answers<Page<UnfiledEntry> & { filingDueDays: number }>(),
  'records.file': endpoint(fileRecordsInputSchema).answers<FileRecordsAnswer>(),
  'duty.schedule': endpoint(dutyScheduleInputSchema).answers<{ shift: DutyShift; created: boolean }>(),
  'duty.remove': endpoint(dutyShiftRefSchema).answers<{ removed: string }>(),
  'duty.roster': endpoint(dutyRosterInputSchema).answers<RosterAnswer>(),
  'reviews.list': endpoint(reviewsListSchema).answers<ReviewsAnswer>(),
  'reviews.resolve': endpoint(reviewResolveSchema).answers<{ review: ReviewView }>(),
  'complaints.list': endpoint(complaintsListSchema).answers<ComplaintsAnswer>(),
  'complaints.resolve': endpoint(complaintResolveSchema).answers<{ complaint: ComplaintView }>(),
  'visits.pending': endpoint(pageInputSchema).answers<PendingVisitsAnswer>(),
  'visits.record': endpoint(visitRecordSchema).answers<{ visit: VisitView }>(),
  'supervision.report': endpoint(supervisionInputSchema).answers<SupervisionAnswer>(),
}
