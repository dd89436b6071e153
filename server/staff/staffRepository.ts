import type { Database } from '../cloud'

export type Role = 'admin' | 'section' | 'desk' | 'leader' | 'staff'

/** A staff record (工作人员), bound to a WeChat user by their OPENID. */
export interface StaffRecord {
  _id: string
  openid?: string
  name: string
  roles: Role[]
  windowId?: string
  departmentId?: string
  active: boolean
}

/** The one place that reads the `staff` collection. */
export interface StaffRepository {
  findActiveByOpenid(openid: string): Promise<StaffRecord | null>
}

export function staffRepository(db: Database): StaffRepository {
  return {
    async findActiveByOpenid(openid) {
      const res = (await db.collection('staff').where({ openid, active: true }).limit(1).get()) as unknown as {
        data: StaffRecord[]
      }
      return res.data[0] ?? null
    },
  }
}
