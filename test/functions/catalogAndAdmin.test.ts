import { startCloud, type Cloud } from '../support/cloud'

/**
 * The item list, departments, windows and staff (issue: items and staff) on
 * the emulator, through the real functions and the real wx-server-sdk.
 */
const ADMIN = 'oEXAMPLE_admin_wang'
const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

const ROLES: [string, string][] = [
  ['citizen', CITIZEN],
  ['desk', DESK],
  ['section', SECTION],
  ['leader', LEADER],
  ['staff', STAFF],
  ['admin', ADMIN],
]

const newItem = (name: string) => ({
  name,
  departmentId: 'dept-scjg',
  materials: [
    { name: '申请书', copies: 1, form: 'original' },
    { name: '身份证复印件', copies: 2, form: 'copy' },
    { name: '场地证明', copies: 1, form: 'both', note: '租赁合同' },
  ],
  modes: ['walk-in', 'appointment'],
  estimatedMinutes: 40,
})

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

const WRITE_COLLECTIONS = ['items', 'departments', 'windows', 'staff', 'invites', 'settings']
const snapshot = async () => Object.fromEntries(await Promise.all(WRITE_COLLECTIONS.map(async (c) => [c, await cloud.dump(c)])))

describe('who may do what (roles table, docs/rules.md)', () => {
  const adminActions: [string, unknown][] = [
    ['items.create', { requestId: 'matrix-create-1', item: newItem('矩阵测试事项') }],
    ['items.update', { id: 'item-001', version: 1, item: newItem('个体工商户设立登记') }],
    ['items.archive', { id: 'item-002', version: 1 }],
    ['departments.upsert', { name: '县测试局' }],
    ['windows.upsert', { departmentId: 'dept-scjg', name: '测试窗口', number: 'T1' }],
    ['staff.list', {}],
    ['staff.upsert', { name: '测试人员', roles: ['staff'], windowId: 'win-02' }],
    ['staff.invite', { staffId: 'staff-scjg-1' }],
    ['staff.revoke', { staffId: 'staff-yb-1' }],
    ['settings.get', {}],
    ['settings.update', { version: 0, patch: { perApplicantCap: 4 } }],
  ]

  it.each(ROLES.filter(([role]) => role !== 'admin'))('refuses every admin action to a %s and changes nothing', async (_role, openid) => {
    const before = await snapshot()
    for (const [action, input] of adminActions) {
      const result = await cloud.call('admin', action, input, openid)
      expect({ action, code: result.error?.code }).toEqual({ action, code: 'FORBIDDEN' })
    }
    expect(await snapshot()).toEqual(before)
  }, 60_000)

  it('refuses admin actions to an anonymous caller', async () => {
    const result = await cloud.call('admin', 'items.create', adminActions[0][1])
    expect(result.error.code).toBe('FORBIDDEN')
  })

  it('lets an admin run every admin action', async () => {
    for (const [action, input] of adminActions) {
      const result = await cloud.call('admin', action, input, ADMIN)
      expect({ action, ok: result.ok, error: result.error }).toEqual({ action, ok: true, error: undefined })
    }
  }, 60_000)

  it.each(ROLES)('lets a %s read the list, an item, the departments and themselves', async (_role, openid) => {
    for (const [action, input] of [
      ['items.list', {}],
      ['items.get', { id: 'item-001' }],
      ['departments.list', {}],
      ['me', {}],
    ] as const) {
      const result = await cloud.call('catalog', action, input, openid)
      expect({ action, ok: result.ok }).toEqual({ action, ok: true })
    }
  })

  it('shows archived items to admins only', async () => {
    expect((await cloud.call('catalog', 'items.list', { includeArchived: true }, CITIZEN)).error.code).toBe('FORBIDDEN')
    const all = await cloud.call('catalog', 'items.list', { includeArchived: true }, ADMIN)
    expect(all.data.items.some((i: { active: boolean }) => !i.active)).toBe(true)
  })
})

describe('the order of the item list (R1)', () => {
  const idsOf = (page: { items: Array<{ id: string }> }) => page.items.map((i) => i.id)

  it('puts name matches first, then those that only mention the word, each by department and pinyin', async () => {
    const found = (await cloud.call('catalog', 'items.list', { q: '登记' }, CITIZEN)).data
    // 市场监管 (有限责任公司设立登记, item-002, was archived above); 人社; 不动产登记: 不动产登(deng) before
    // 不动产抵(di) before 二手房(er); 公安户政; then 异地就医备案, which only has 登记 in a material (异地就医备案登记表).
    expect(idsOf(found)).toEqual(['item-001', 'item-005', 'item-011', 'item-010', 'item-009', 'item-015', 'item-016'])
    expect(found.total).toBe(7)
  })

  it('puts a later department named by the word before earlier ones that only ask for it as a material', async () => {
    const found = (await cloud.call('catalog', 'items.list', { q: '身份证' }, CITIZEN)).data.items as Array<{ id: string; name: string; departmentId: string }>
    // 公安户政 comes fifth among departments, yet its two 居民身份证 items lead: 挂失(gua) before 换领(huan).
    expect(found.slice(0, 2).map((i) => i.id)).toEqual(['item-013', 'item-012'])
    expect((await cloud.call('catalog', 'items.list', { q: '身份证', limit: 1 }, CITIZEN)).data.nameMatches).toBe(2)
    expect((await cloud.call('catalog', 'items.list', {}, CITIZEN)).data).not.toHaveProperty('nameMatches')
    expect(found.slice(2).some((i) => i.name.includes('身份证'))).toBe(false)
    expect(found[2].departmentId).toBe('dept-scjg')
  })

  it('cuts every page from that one order', async () => {
    const whole = idsOf((await cloud.call('catalog', 'items.list', { q: '登记' }, CITIZEN)).data)
    const paged: string[] = []
    let cursor: string | undefined
    do {
      const page = (await cloud.call('catalog', 'items.list', { q: '登记', limit: 3, ...(cursor ? { cursor } : {}) }, CITIZEN)).data
      expect(page.total).toBe(whole.length)
      paged.push(...idsOf(page))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(paged).toEqual(whole)
  })

  it('orders the whole list by department, then by the pinyin of the name', async () => {
    const list = (await cloud.call('catalog', 'items.list', { limit: 50 }, CITIZEN)).data.items as Array<{ id: string; name: string; departmentId: string }>
    const departments = (await cloud.call('catalog', 'departments.list', {}, CITIZEN)).data.departments.map((d: { id: string }) => d.id)
    const ranks = list.map((i) => departments.indexOf(i.departmentId))
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b))
    expect(list.filter((i) => i.departmentId === 'dept-ga').map((i) => i.name)).toEqual(['出生登记', '户口迁移（县内）', '居民身份证挂失补领', '居民身份证换领'])
  })
})

describe("the item guide (一次性告知, R1)", () => {
  it('answers the guide of an example item to anyone', async () => {
    const { item } = (await cloud.call('catalog', 'items.get', { id: 'item-009' }, CITIZEN)).data
    expect(item).toMatchObject({ fee: expect.stringContaining('80元'), legalDays: 30, promisedDays: 5, location: '二楼东区', delivery: ['window', 'post', 'electronic'], phone: '0533-3618141' })
    expect(item.conditions).toMatch(/不动产权证书/)
  })

  it('saves an admin\'s guide, and removes a field the admin emptied', async () => {
    const guide = { conditions: '本县拖拉机所有人', fee: '不收费', legalDays: 20, promisedDays: 5, location: '一楼东区', delivery: ['window'], phone: '0533-3618121' }
    const created = (await cloud.call('admin', 'items.create', { requestId: 'guide-0001', item: { ...newItem('拖拉机牌证申领'), ...guide } }, ADMIN)).data.item
    expect((await cloud.call('catalog', 'items.get', { id: created.id }, CITIZEN)).data.item).toMatchObject(guide)
    const { fee: _fee, phone: _phone, ...kept } = guide
    expect((await cloud.call('admin', 'items.update', { id: created.id, version: 1, item: { ...newItem('拖拉机牌证申领'), ...kept } }, ADMIN)).ok).toBe(true)
    const { item } = (await cloud.call('catalog', 'items.get', { id: created.id }, CITIZEN)).data
    expect(item).toMatchObject(kept)
    expect(item).not.toHaveProperty('fee')
    expect(item).not.toHaveProperty('phone')
  })

  it('refuses a promise longer than the law, naming the field, and saves nothing', async () => {
    const before = await cloud.dump('items')
    const result = await cloud.call('admin', 'items.create', { requestId: 'guide-0002', item: { ...newItem('x'), legalDays: 5, promisedDays: 10 } }, ADMIN)
    expect(result.error).toMatchObject({ code: 'INVALID_INPUT', fields: { 'item.promisedDays': '承诺办结时限不能超过法定办结时限' } })
    expect(await cloud.dump('items')).toEqual(before)
  })
})

describe('the item list (R1)', () => {
  it('finds an item an admin added by a word of its name, with its materials', async () => {
    const created = await cloud.call('admin', 'items.create', { requestId: 'find-me-0001', item: newItem('农机购置补贴申请') }, ADMIN)
    expect(created.ok).toBe(true)
    const found = await cloud.call('catalog', 'items.list', { q: '农机' }, CITIZEN)
    expect(found.data.items.map((i: { name: string }) => i.name)).toEqual(['农机购置补贴申请'])
    const item = await cloud.call('catalog', 'items.get', { id: found.data.items[0].id }, CITIZEN)
    expect(item.data.item.materials.map((m: { name: string }) => m.name)).toEqual(['申请书', '身份证复印件', '场地证明'])
    expect(item.data.windows.every((w: { departmentId: string }) => w.departmentId === 'dept-scjg')).toBe(true)
  })

  it('shows anyone only the public fields of an item, never who edited it', async () => {
    await cloud.call('admin', 'items.update', { id: 'item-003', version: 1, item: newItem('食品经营许可证核发') }, ADMIN)
    const { item } = (await cloud.call('catalog', 'items.get', { id: 'item-003' }, CITIZEN)).data
    expect(Object.keys(item).sort()).toEqual(
      ['active', 'assistingDepartmentIds', 'departmentId', 'estimatedMinutes', 'id', 'materials', 'modes', 'name', 'notes', 'version'].sort(),
    )
    expect(JSON.stringify(item)).not.toContain(ADMIN)
  })

  it("makes an edited example item the center's own (no example flag)", async () => {
    const { item } = (await cloud.call('catalog', 'items.get', { id: 'item-003' }, CITIZEN)).data
    expect(item.example).toBeUndefined()
    expect((await cloud.call('catalog', 'items.get', { id: 'item-004' }, CITIZEN)).data.item.example).toBe(true)
  })

  it('creates one item for a repeated request id (a double tap)', async () => {
    const input = { requestId: 'double-tap-0001', item: newItem('重复提交测试事项') }
    const [a, b] = await Promise.all([cloud.call('admin', 'items.create', input, ADMIN), cloud.call('admin', 'items.create', input, ADMIN)])
    expect(a.data.item.id).toBe(b.data.item.id)
    const again = await cloud.call('admin', 'items.create', input, ADMIN)
    expect(again.data.item.id).toBe(a.data.item.id)
    expect((await cloud.dump('items')).filter((i) => i.name === '重复提交测试事项')).toHaveLength(1)
  })

  it('tells the second of two admins editing one item, and keeps the first edit', async () => {
    const created = (await cloud.call('admin', 'items.create', { requestId: 'conflict-0001', item: newItem('并发编辑事项') }, ADMIN)).data.item
    const first = await cloud.call('admin', 'items.update', { id: created.id, version: 1, item: { ...newItem('并发编辑事项'), notes: '第一位' } }, ADMIN)
    const second = await cloud.call('admin', 'items.update', { id: created.id, version: 1, item: { ...newItem('并发编辑事项'), notes: '第二位' } }, ADMIN)
    expect(first.ok).toBe(true)
    expect(second.error.code).toBe('CONFLICT')
    const stored = (await cloud.call('catalog', 'items.get', { id: created.id })).data.item
    expect(stored).toMatchObject({ notes: '第一位', version: 2 })
  })

  it('takes an archived item off the list', async () => {
    const created = (await cloud.call('admin', 'items.create', { requestId: 'archive-0001', item: newItem('停用测试事项') }, ADMIN)).data.item
    expect((await cloud.call('admin', 'items.archive', { id: created.id, version: 1 }, ADMIN)).ok).toBe(true)
    expect((await cloud.call('catalog', 'items.list', { q: '停用测试' })).data.items).toEqual([])
    expect((await cloud.call('catalog', 'items.get', { id: created.id })).data.item.active).toBe(false)
  })

  it.each([
    ['a query object as id', 'catalog', 'items.get', { id: { $gt: '' } }],
    ['a path as id', 'catalog', 'items.get', { id: '../staff' }],
    ['an unknown department', 'admin', 'items.create', { requestId: 'bad-dept-0001', item: { ...newItem('x'), departmentId: 'dept-none' } }],
    ['too long a handling time (R14)', 'admin', 'items.create', { requestId: 'too-long-0001', item: { ...newItem('x'), estimatedMinutes: 211 } }],
    ['no materials list', 'admin', 'items.create', { requestId: 'no-mat-0001', item: { ...newItem('x'), materials: 'none' } }],
  ])('refuses %s with INVALID_INPUT and a Chinese message', async (_what, fn, action, input) => {
    const before = await cloud.dump('items')
    const result = await cloud.call(fn, action, input, ADMIN)
    expect(result.ok).toBe(false)
    expect(result.error.code).toBe('INVALID_INPUT')
    expect(result.error.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await cloud.dump('items')).toEqual(before)
  })
})

describe('binding staff by invite code', () => {
  it('binds a new staff member once, then the code is spent', async () => {
    const newcomer = 'oTEST_newcomer'
    const staff = (await cloud.call('admin', 'staff.upsert', { name: '新同事', roles: ['staff'], windowId: 'win-04' }, ADMIN)).data.staff
    const { code } = (await cloud.call('admin', 'staff.invite', { staffId: staff.id }, ADMIN)).data
    expect((await cloud.call('catalog', 'me', {}, newcomer)).data.roles).toEqual([])
    const redeemed = await cloud.call('catalog', 'staff.redeem', { code: code.toLowerCase() }, newcomer)
    expect(redeemed.ok).toBe(true)
    expect((await cloud.call('catalog', 'me', {}, newcomer)).data).toMatchObject({ roles: ['staff'], staff: { id: staff.id, windowId: 'win-04' } })
    const reused = await cloud.call('catalog', 'staff.redeem', { code }, 'oTEST_someone_else')
    expect(reused.error.code).toBe('CONFLICT')
    expect((await cloud.call('admin', 'staff.list', { limit: 50 }, ADMIN)).data.items.find((s: { id: string }) => s.id === staff.id)).toMatchObject({ bound: true })
  })

  it('refuses a wrong code and an expired one', async () => {
    expect((await cloud.call('catalog', 'staff.redeem', { code: 'ABCDEFGH' }, 'oTEST_x')).error.code).toBe('NOT_FOUND')
    expect((await cloud.call('catalog', 'staff.redeem', { code: '12' }, 'oTEST_x')).error.code).toBe('INVALID_INPUT')
    const { code } = (await cloud.call('admin', 'staff.invite', { staffId: 'staff-rs-1' }, ADMIN)).data
    await cloud.setClock(new Date(Date.now() + 73 * 3_600_000).toISOString())
    expect((await cloud.call('catalog', 'staff.redeem', { code }, 'oTEST_late')).error.code).toBe('CONFLICT')
  })

  it('makes an account that keeps guessing wait longer each time, while others redeem (issue 13, item 7)', async () => {
    await cloud.setClock('2026-10-08T09:00:00+08:00')
    const guesser = 'oTEST_guesser'
    for (let i = 0; i < 5; i++) expect((await cloud.call('catalog', 'staff.redeem', { code: 'ABCDEFGH' }, guesser)).error.code).toBe('NOT_FOUND')
    const staff = (await cloud.call('admin', 'staff.upsert', { name: '被猜的同事', roles: ['staff'], windowId: 'win-04' }, ADMIN)).data.staff
    const { code } = (await cloud.call('admin', 'staff.invite', { staffId: staff.id }, ADMIN)).data
    const locked = await cloud.call('catalog', 'staff.redeem', { code }, guesser)
    expect(locked).toMatchObject({ ok: false, error: { code: 'LIMIT_REACHED', message: '邀请码输错次数过多，请1分钟后再试；如有疑问请联系管理员' } })
    expect((await cloud.call('catalog', 'staff.redeem', { code }, 'oTEST_rightful')).ok).toBe(true)
    await cloud.setClock('2026-10-08T09:01:01+08:00')
    expect((await cloud.call('catalog', 'staff.redeem', { code: 'ABCDEFGH' }, guesser)).error.code).toBe('NOT_FOUND')
    expect((await cloud.call('catalog', 'staff.redeem', { code: 'ABCDEFGH' }, guesser)).error.message).toContain('请2分钟后再试')
  })

  it('takes every right away from a revoked staff member at once', async () => {
    expect((await cloud.call('catalog', 'me', {}, 'oEXAMPLE_rs_leader')).data.roles).toContain('leader')
    expect((await cloud.call('admin', 'staff.revoke', { staffId: 'staff-rs-leader' }, ADMIN)).ok).toBe(true)
    expect((await cloud.call('catalog', 'me', {}, 'oEXAMPLE_rs_leader')).data.roles).toEqual([])
  })

  it('takes the window away from a staff member moved to the section', async () => {
    const before = (await cloud.call('admin', 'staff.list', { limit: 50 }, ADMIN)).data.items.find((s: { id: string }) => s.id === 'staff-bdc-1')
    const moved = await cloud.call('admin', 'staff.upsert', { id: 'staff-bdc-1', name: '冯磊', roles: ['section'], version: before.version }, ADMIN)
    expect(moved.ok).toBe(true)
    const stored = (await cloud.dump('staff')).find((s) => s._id === 'staff-bdc-1')
    expect(stored.windowId).toBeUndefined()
    expect(stored.departmentId).toBeUndefined()
  })

  it('does not let an admin revoke themselves', async () => {
    expect((await cloud.call('admin', 'staff.revoke', { staffId: 'staff-admin' }, ADMIN)).error.code).toBe('CONFLICT')
  })

  it('does not let an admin take the admin role from themselves, even with another admin', async () => {
    const second = await cloud.call('admin', 'staff.upsert', { name: '第二管理员', roles: ['admin'] }, ADMIN)
    expect(second.ok).toBe(true)
    const before = (await cloud.dump('staff')).find((d) => d._id === 'staff-admin')
    const demoted = await cloud.call('admin', 'staff.upsert', { id: 'staff-admin', name: before.name, roles: ['section'], version: before.version }, ADMIN)
    expect(demoted).toMatchObject({ ok: false, error: { code: 'CONFLICT', message: expect.stringContaining('不能取消自己的管理员角色') } })
    expect((await cloud.dump('staff')).find((d) => d._id === 'staff-admin')).toEqual(before)
  })

  it('lets an admin take the role from another admin, over the version they saw', async () => {
    const other = (await cloud.call('admin', 'staff.upsert', { name: '另一管理员', roles: ['admin', 'section'] }, ADMIN)).data.staff
    const edited = await cloud.call('admin', 'staff.upsert', { id: other.id, name: other.name, roles: ['admin', 'desk'], version: other.version }, ADMIN)
    expect(edited.ok).toBe(true)
    const stale = await cloud.call('admin', 'staff.upsert', { id: other.id, name: other.name, roles: ['section'], version: other.version }, ADMIN)
    expect(stale.error.code).toBe('CONFLICT')
    const dropped = await cloud.call('admin', 'staff.upsert', { id: other.id, name: other.name, roles: ['section'], version: other.version + 1 }, ADMIN)
    expect(dropped).toMatchObject({ ok: true, data: { staff: { roles: ['section'], version: other.version + 2 } } })
  })
})
