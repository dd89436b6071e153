import { noInputSchema, pageInputSchema, type Page } from '../api'
import {
  appointmentIdSchema,
  decideChangeInputSchema,
  dispatchInputSchema,
  fileRecordsInputSchema,
  inboxInputSchema,
  redispatchInputSchema,
  rescheduleInputSchema,
  sectionListInputSchema,
  splitInputSchema,
  unfiledInputSchema,
  type AppointmentAnswer,
  type AppointmentView,
  type FileRecordsAnswer,
  type InboxEntry,
  type SectionListAnswer,
  type SectionRecordAnswer,
  type UnfiledEntry,
} from '../appointments'
import {
  complaintRegisterSchema,
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
import { leaveDecideInputSchema, type LeaveRequest, type SectionLeave } from '../time-bank'
import { registerInputSchema, type DocumentAnswer } from '../documents'
import { endpoint } from './endpoint'

/** `section`: 政务服务管理科 — dispatching (R9, R13), changes (R16), forms (R8), follow-up (R20), leave (docs/api.md); supervision and duty rosters are `supervision`'s. */
export const sectionContract = {
  'inbox.list': endpoint(inboxInputSchema).answers<Page<InboxEntry> & { now: number }>(),
  'appointments.dispatch': endpoint(dispatchInputSchema).answers<AppointmentAnswer>(),
  'appointments.list': endpoint(sectionListInputSchema).answers<SectionListAnswer>(),
  'appointments.record': endpoint(appointmentIdSchema).answers<SectionRecordAnswer>(),
  'appointments.redispatch': endpoint(redispatchInputSchema).answers<AppointmentAnswer>(),
  'appointments.reschedule': endpoint(rescheduleInputSchema).answers<AppointmentAnswer>(),
  'changes.decide': endpoint(decideChangeInputSchema).answers<AppointmentAnswer>(),
  'appointments.split': endpoint(splitInputSchema).answers<AppointmentAnswer & { split: AppointmentView }>(),
  'records.form': endpoint(appointmentIdSchema).answers<{ html: string }>(),
  'records.unfiled': endpoint(unfiledInputSchema).answers<Page<UnfiledEntry> & { filingDueDays: number }>(),
  'records.file': endpoint(fileRecordsInputSchema).answers<FileRecordsAnswer>(),
  'records.formDocument': endpoint(appointmentIdSchema).answers<DocumentAnswer>(),
  'records.register': endpoint(registerInputSchema).answers<DocumentAnswer>(),
  'reviews.list': endpoint(reviewsListSchema).answers<ReviewsAnswer>(),
  'reviews.resolve': endpoint(reviewResolveSchema).answers<{ review: ReviewView }>(),
  'complaints.list': endpoint(complaintsListSchema).answers<ComplaintsAnswer>(),
  'complaints.resolve': endpoint(complaintResolveSchema).answers<{ complaint: ComplaintView }>(),
  'complaints.register': endpoint(complaintRegisterSchema).answers<{ complaint: ComplaintView; created: boolean }>(),
  'visits.pending': endpoint(pageInputSchema).answers<PendingVisitsAnswer>(),
  'visits.record': endpoint(visitRecordSchema).answers<{ visit: VisitView }>(),
  'leave.pending': endpoint(noInputSchema).answers<{ leaves: SectionLeave[] }>(),
  'leave.decide': endpoint(leaveDecideInputSchema).answers<{ leave: LeaveRequest }>(),
}
