import { adminLossRefusal, type StaffChange } from './adminLossRefusal'

const change = (overrides: Partial<StaffChange>): StaffChange => ({
  self: false,
  before: { roles: ['admin'], active: true },
  after: { roles: ['section'], active: true },
  otherActiveAdmins: 1,
  ...overrides,
})

describe('an admin is always left (issue 13)', () => {
  it('refuses an admin taking the admin role from themselves, even with other admins', () => {
    expect(adminLossRefusal(change({ self: true, otherActiveAdmins: 3 }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能取消自己的管理员角色') } })
  })

  it('refuses taking the role from the last active admin, or stopping their record', () => {
    expect(adminLossRefusal(change({ otherActiveAdmins: 0 }))).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('最后一位在岗的管理员') } })
    expect(adminLossRefusal(change({ after: { roles: ['admin'], active: false }, otherActiveAdmins: 0 }))).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
  })

  it('lets an admin demote or stop another admin while one more remains', () => {
    expect(adminLossRefusal(change({ otherActiveAdmins: 1 }))).toBeNull()
    expect(adminLossRefusal(change({ after: { roles: ['admin'], active: false }, otherActiveAdmins: 1 }))).toBeNull()
  })

  it('lets any change through that keeps the admin role, or touches no active admin', () => {
    expect(adminLossRefusal(change({ self: true, after: { roles: ['admin', 'section'], active: true }, otherActiveAdmins: 0 }))).toBeNull()
    expect(adminLossRefusal(change({ before: { roles: ['section'], active: true }, otherActiveAdmins: 0 }))).toBeNull()
    expect(adminLossRefusal(change({ before: { roles: ['admin'], active: false }, otherActiveAdmins: 0 }))).toBeNull()
  })
})
