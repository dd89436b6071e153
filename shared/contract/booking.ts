import { noInputSchema, pageInputSchema, type Page } from '../api'
import {
  appointmentIdSchema,
  appointmentRefSchema,
  appointmentRequestSchema,
  cancelInputSchema,
  phoneCodeSchema,
  type AppointmentAnswer,
  type ClaimAnswer,
  type AppointmentView,
} from '../appointments'
import { complaintSubmitSchema, reviewSubmitSchema, type AppointmentWithReview, type ComplaintView, type ReviewView } from '../feedback'
import { subscriptionGrantSchema } from '../settings'
import { endpoint } from './endpoint'

/** `booking`: 群众预约, and what the applicant says after the service (docs/api.md). */
export const bookingContract = {
  'appointments.request': endpoint(appointmentRequestSchema).answers<AppointmentAnswer>(),
  'appointments.mine': endpoint(noInputSchema).answers<{ appointments: AppointmentView[] }>(),
  'appointments.get': endpoint(appointmentIdSchema).answers<AppointmentWithReview>(),
  'appointments.cancel': endpoint(cancelInputSchema).answers<AppointmentAnswer>(),
  'appointments.acknowledge': endpoint(appointmentRefSchema).answers<AppointmentAnswer>(),
  'appointments.claimByPhone': endpoint(phoneCodeSchema).answers<ClaimAnswer>(),
  'phone.fromCode': endpoint(phoneCodeSchema).answers<{ phone: string }>(),
  'subscriptions.grant': endpoint(subscriptionGrantSchema).answers<{ remaining: Record<string, number> }>(),
  'reviews.submit': endpoint(reviewSubmitSchema).answers<{ review: ReviewView }>(),
  'complaints.submit': endpoint(complaintSubmitSchema).answers<{ complaint: ComplaintView }>(),
  'complaints.mine': endpoint(pageInputSchema).answers<Page<ComplaintView>>(),
}
