/**
 * The roles of docs/rules.md ("Who"). A staff record may hold several
 * (a window leader usually also serves as staff).
 */
export const ROLES = ['admin', 'section', 'desk', 'leader', 'staff'] as const

export type Role = (typeof ROLES)[number]

export const ROLE_NAMES: Record<Role, string> = {
  admin: '管理员',
  section: '管理科',
  desk: '咨询台',
  leader: '窗口负责人',
  staff: '窗口工作人员',
}

/** True when the caller holds any of the roles. */
export function hasAnyRole(roles: readonly Role[], wanted: readonly Role[]): boolean {
  return roles.some((r) => wanted.includes(r))
}
