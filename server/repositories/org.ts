import type { Department, ServiceWindow, StaffInvite } from '@shared/org'
import type { Database } from '../cloud'
import { collection } from '../db'

/** The `departments` collection. */
export function departmentRepository(db: Database) {
  return collection<Department>(db, 'departments')
}

/** The `windows` collection. */
export function windowRepository(db: Database) {
  return collection<ServiceWindow>(db, 'windows')
}

/** The `invites` collection: single-use codes binding a WeChat user to a staff record. */
export function inviteRepository(db: Database) {
  return collection<StaffInvite>(db, 'invites')
}
