import type { Page } from 'playwright-core'
import { topPage as top, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()


/**
 * Opens `hash` as `openid`. The identity is stored from a page of the same
 * origin that runs no app code: `env.system.open` stores it while the home page
 * is loading, and the home page's first call, made without an identity, can
 * answer afterwards and overwrite it with a fresh anonymous one.
 */
async function openAs(page: Page, hash: string, openid: string) {
  await page.goto(`${env.system.url}/__dev/clock`)
  await page.evaluate((id) => {
    localStorage.clear()
    localStorage.setItem('dev.openid', JSON.stringify({ data: id }))
  }, openid)
  await page.goto(`${env.system.url}/#${hash}`)
}

/** Chooses the first option of a field's picker: open it and confirm. */
async function pickFirst(page: Page, field: string) {
  await top(page).locator('.admin-field', { hasText: field }).locator('taro-picker-core').click()
  await page.locator('.weui-picker').getByText('确定').click()
  await page.locator('.weui-picker').waitFor({ state: 'hidden' })
}

/** Every item, archived ones too, page by page (items.list is paged, docs/api.md "Paging"). */
async function allItems(openid: string): Promise<{ id: string; name: string }[]> {
  const items: { id: string; name: string }[] = []
  let cursor: string | undefined
  do {
    const page = (await env.system.call('catalog', 'items.list', { includeArchived: true, limit: 50, ...(cursor ? { cursor } : {}) }, openid)).data
    items.push(...page.items)
    cursor = page.nextCursor ?? undefined
  } while (cursor)
  return items
}

describe('item management (R1, R13, R14)', () => {
  it('an admin adds an item with three materials in the UI, and a citizen then finds it by a word of its name', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    const citizen = env.system.identity('citizen').openid
    const before = await allItems(admin)

    await openAs(page, '/packages/admin/pages/items/index', admin)
    await top(page).getByText('个体工商户设立登记').waitFor()
    await top(page).getByText('新增事项', { exact: true }).click()
    await page.waitForURL(/packages\/admin\/pages\/item-edit\/index/)
    const form = top(page)
    await form.getByText('新增事项', { exact: true }).waitFor()

    await form.locator('input[placeholder="如：个体工商户设立登记"]').fill('渔业船舶登记（测试）')
    await pickFirst(page, '主办部门')
    await form.locator('.admin-field', { hasText: '主办部门' }).getByText('县政务服务管理办公室').waitFor()
    await form.locator('.admin-field', { hasText: '配合部门' }).getByText('县市场监督管理局').click()

    for (const name of ['船舶所有人身份证', '船舶检验证书', '船舶买卖合同']) {
      await form.getByText('添加材料', { exact: true }).click()
      await form.locator('input[placeholder="材料名称，如：居民身份证"]').last().fill(name)
    }
    await form.locator('input[placeholder="份数"]').nth(2).fill('2')
    await form.locator('input[placeholder="说明（选填）"]').nth(2).fill('双方签字')
    // The third row moves up: the list keeps the order the admin gives it.
    await form.locator('.admin-material').nth(2).getByText('上移').click()

    // R14: more than half a working day is refused beside the field, before anything is sent.
    await form.locator('.admin-field', { hasText: '预计办理时长' }).locator('input').fill('211')
    await form.getByText('保存', { exact: true }).click()
    await form.getByText('预计办理时长不能超过半个工作日（210分钟）').waitFor()
    expect(await allItems(admin)).toHaveLength(before.length)

    await form.locator('.admin-field', { hasText: '预计办理时长' }).locator('input').fill('45')
    await form.getByText('保存', { exact: true }).click()
    await form.getByText('编辑事项', { exact: true }).waitFor()
    // Back on the list, which reloads when shown again, the new item is there.
    await page.goBack()
    await page.waitForURL(/packages\/admin\/pages\/items\/index/)
    await top(page).getByText('渔业船舶登记（测试）').waitFor()

    const found = (await env.system.call('catalog', 'items.list', { q: '船舶' }, citizen)).data.items as { id: string; name: string; materialCount: number }[]
    expect(found.map((i) => i.name)).toEqual(['渔业船舶登记（测试）'])
    expect(found[0].materialCount).toBe(3)
    const { item } = (await env.system.call('catalog', 'items.get', { id: found[0].id }, citizen)).data
    expect(item).toMatchObject({
      departmentId: 'dept-zwb',
      assistingDepartmentIds: ['dept-scjg'],
      modes: ['walk-in', 'appointment'],
      estimatedMinutes: 45,
      materials: [
        { name: '船舶所有人身份证', copies: 1, form: 'original' },
        { name: '船舶买卖合同', copies: 2, form: 'original', note: '双方签字' },
        { name: '船舶检验证书', copies: 1, form: 'original' },
      ],
    })
    expect(await allItems(admin)).toHaveLength(before.length + 1)
  })

  it('a citizen calling admin items.create through the gateway is FORBIDDEN and nothing changes', async () => {
    const admin = env.system.identity('admin').openid
    const citizen = env.system.identity('citizen').openid
    const before = await allItems(admin)
    const answer = await env.system.call(
      'admin',
      'items.create',
      {
        requestId: 'citizen-try-0001',
        item: { name: '伪造事项', departmentId: 'dept-zwb', materials: [], modes: ['walk-in'], estimatedMinutes: 30 },
      },
      citizen,
    )
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(await allItems(admin)).toEqual(before)
    expect((await env.system.call('catalog', 'items.list', { q: '伪造' }, citizen)).data.items).toEqual([])
  })

  it('an edit that someone else saved first is not overwritten: the admin sees why and reloads', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    await openAs(page, '/packages/admin/pages/item-edit/index?id=item-016', admin)
    const form = top(page)
    const name = form.locator('input[placeholder="如：个体工商户设立登记"]')
    await form.getByText('编辑事项', { exact: true }).waitFor()
    await form.locator('taro-input-core[value="异地就医备案"]').waitFor()

    const { item } = (await env.system.call('catalog', 'items.get', { id: 'item-016' }, admin)).data
    const { id: _id, active: _a, version, example: _e, ...fields } = item
    const other = await env.system.call('admin', 'items.update', { id: 'item-016', version, item: { ...fields, notes: '另一位管理员的修改' } }, admin)
    expect(other.ok).toBe(true)

    await name.fill('异地就医备案（我的修改）')
    await form.getByText('保存', { exact: true }).click()
    await form.getByText('该事项已被他人修改，请刷新后重新编辑').waitFor()
    const kept = (await env.system.call('catalog', 'items.get', { id: 'item-016' }, admin)).data.item
    expect(kept).toMatchObject({ name: '异地就医备案', notes: '另一位管理员的修改', version: version + 1 })

    await form.getByText('重新加载', { exact: true }).click()
    await form.getByText('该事项已被他人修改，请刷新后重新编辑').waitFor({ state: 'detached' })
    await form.locator('taro-input-core[value="异地就医备案"]').waitFor()
    expect(await name.inputValue()).toBe('异地就医备案')
    expect(await form.locator('textarea[placeholder="办理前需要知道的事（选填）"]').inputValue()).toBe('另一位管理员的修改')
  })

  it('searches the list on the server by every word, in names, materials and notes', async () => {
    const { page } = env.browser
    await openAs(page, '/packages/admin/pages/items/index', env.system.identity('admin').openid)
    const screen = top(page)
    await screen.getByText('个体工商户设立登记').waitFor()
    await screen.locator('input[placeholder="搜索事项名称、材料或注意事项"]').fill('契税')
    await screen.getByText('搜索', { exact: true }).click()
    await screen.getByText('个体工商户设立登记').waitFor({ state: 'detached' })
    await screen.getByText('二手房转移登记').waitFor()
    await screen.getByText('清除', { exact: true }).click()
    await screen.getByText('个体工商户设立登记').waitFor()
  })

  it('lists archived items marked 已停用', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    const { item } = (await env.system.call('catalog', 'items.get', { id: 'item-011' }, admin)).data
    expect((await env.system.call('admin', 'items.archive', { id: item.id, version: item.version }, admin)).ok).toBe(true)
    await openAs(page, '/packages/admin/pages/items/index', admin)
    await top(page).locator('.card', { hasText: item.name }).getByText('已停用').waitFor()
  })
})

describe('departments, windows and staff', () => {
  it('refuses a window number already in use, beside the number, and adds a window with a new one', async () => {
    const { page } = env.browser
    await openAs(page, '/packages/admin/pages/org/index', env.system.identity('admin').openid)
    const screen = top(page)
    const market = screen.locator('.card', { hasText: '县市场监督管理局' })
    await market.getByText('添加窗口', { exact: true }).click()
    await market.locator('input[placeholder="如：企业开办窗口"]').fill('食品经营许可窗口')
    await market.locator('input[placeholder="如：A12"]').fill('2')
    await market.getByText('保存', { exact: true }).click()
    await market.locator('.admin-field', { hasText: '窗口号' }).getByText('窗口号已被使用').waitFor()
    await market.locator('input[placeholder="如：A12"]').fill('A88')
    await market.getByText('保存', { exact: true }).click()
    await market.getByText('A88 · 食品经营许可窗口').waitFor()
    const { departments } = (await env.system.call('catalog', 'departments.list', {})).data
    const windows = departments.find((d: { id: string }) => d.id === 'dept-scjg').windows
    expect(windows.map((w: { number: string }) => w.number)).toContain('A88')
  })

  it('adds a desk clerk, makes an invite code, and shows the record bound once it is redeemed', async () => {
    const { page } = env.browser
    await openAs(page, '/packages/admin/pages/staff/index', env.system.identity('admin').openid)
    const screen = top(page)
    await screen.getByText('新增人员', { exact: true }).click()
    const form = screen.locator('.admin-draft')
    await form.locator('input[placeholder="工作人员姓名"]').fill('钱测试')
    await form.getByText('窗口负责人', { exact: true }).click()
    await form.getByText('保存', { exact: true }).click()
    await form.locator('.admin-field', { hasText: '所属窗口' }).getByText('窗口负责人和窗口工作人员须选择所属窗口').waitFor()

    await form.getByText('窗口负责人', { exact: true }).click()
    await form.getByText('窗口工作人员', { exact: true }).click()
    await form.getByText('咨询台', { exact: true }).click()
    await form.getByText('保存', { exact: true }).click()
    const card = screen.locator('.card', { hasText: '钱测试' })
    await card.getByText('未绑定', { exact: true }).waitFor()
    await card.getByText('咨询台', { exact: true }).waitFor()

    await card.getByText('生成邀请码', { exact: true }).click()
    const code = (await screen.locator('.admin-invite__code').innerText()).trim()
    expect(code).toMatch(/^[A-Z2-9]{8}$/)
    await screen.getByText('（北京时间）', { exact: false }).waitFor()

    const newcomer = 'oE2E_new_desk_clerk'
    const redeemed = await env.system.call('catalog', 'staff.redeem', { code }, newcomer)
    expect(redeemed).toMatchObject({ ok: true, data: { staff: { name: '钱测试', roles: ['desk'] } } })
    await openAs(page, '/packages/admin/pages/staff/index', env.system.identity('admin').openid)
    await top(page).locator('.card', { hasText: '钱测试' }).getByText('已绑定微信', { exact: true }).waitFor()
  })
})
