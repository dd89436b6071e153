import type { Actor } from '../actor'
import { APPLICANT_OPENID, ASSIGNED_STAFF, ASSIST, LEAD } from './makeAppointment'

/** Test support: one actor of every kind the rules know, relative to `appointmentIn`'s windows. */
export const ACTORS = {
  applicant: { id: APPLICANT_OPENID, openid: APPLICANT_OPENID, roles: [], isApplicant: true },
  otherCitizen: { id: 'o-other', openid: 'o-other', roles: [], isApplicant: false },
  desk: { id: 'desk-1', openid: 'o-desk', roles: ['desk'], isApplicant: false },
  section: { id: 'section-1', openid: 'o-section', roles: ['section'], isApplicant: false },
  admin: { id: 'admin-1', openid: 'o-admin', roles: ['admin'], isApplicant: false },
  leadLeader: { id: 'l-lead', openid: 'o-l-lead', roles: ['leader'], windowId: LEAD, isApplicant: false },
  assignedStaff: { id: ASSIGNED_STAFF, openid: 'o-s-assigned', roles: ['staff'], windowId: LEAD, isApplicant: false },
  leadColleague: { id: 's-colleague', openid: 'o-s-colleague', roles: ['staff'], windowId: LEAD, isApplicant: false },
  assistLeader: { id: 'l-assist', openid: 'o-l-assist', roles: ['leader'], windowId: ASSIST, isApplicant: false },
  assistStaff: { id: 's-assist', openid: 'o-s-assist', roles: ['staff'], windowId: ASSIST, isApplicant: false },
  otherLeader: { id: 'l-other', openid: 'o-l-other', roles: ['leader'], windowId: 'w-other', isApplicant: false },
  otherStaff: { id: 's-other', openid: 'o-s-other', roles: ['staff'], windowId: 'w-other', isApplicant: false },
} satisfies Record<string, Actor>

export type ActorName = keyof typeof ACTORS
