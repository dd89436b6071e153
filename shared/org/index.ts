export { ROLES, ROLE_NAMES, hasAnyRole, type Role } from './roles'
export type { Department, ServiceWindow, Staff, StaffInvite } from './org'
export {
  INVITE_ALPHABET,
  INVITE_CODE_LENGTH,
  departmentFieldsSchema,
  inviteCodeSchema,
  staffFieldsSchema,
  windowFieldsSchema,
} from './orgSchemas'
