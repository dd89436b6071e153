export { ROLES, ROLE_NAMES, hasAnyRole, type Role } from './roles'
export { adminLossRefusal, type StaffChange } from './adminLossRefusal'
export { byWindowNumber, type Department, type ServiceWindow, type Staff, type StaffInvite } from './org'
export {
  INVITE_ALPHABET,
  INVITE_CODE_LENGTH,
  departmentFieldsSchema,
  inviteCodeSchema,
  redeemInputSchema,
  staffRefSchema,
  staffFieldsSchema,
  windowFieldsSchema,
} from './orgSchemas'
export type { DepartmentWithWindows, Me, RedeemedStaff, StaffView } from './views'
export { FREE_REDEEM_ATTEMPTS, redeemFailures, redeemLockedUntil, redeemWaitMessage, type RedeemAttempts } from './redeemLockout'
export { creditCodeCheckChar, creditCodeProblem, creditCodeSchema, normalizeCreditCode } from './creditCode'
