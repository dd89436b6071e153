import type { Staff } from '@shared/org'
import type { Database } from '../cloud'
import { collection } from '../db'

/** The one place that reads and writes the `staff` collection. */
export function staffRepository(db: Database) {
  const staff = collection<Staff>(db, 'staff')
  return {
    ...staff,
    async findActiveByOpenid(openid: string): Promise<Staff | null> {
      const [found] = await staff.find({ openid, active: true }, { limit: 1 })
      return found ?? null
    },
  }
}
