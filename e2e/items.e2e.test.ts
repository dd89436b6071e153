import type { Page } from 'playwright-core'
import { topPage, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

/** The search field: an `<input type="search">` inside Taro's input element on H5. */
const searchBox = (page: Page) => page.locator('input[placeholder="搜索事项名称或所需材料"]')

describe('a citizen finds an item and what to bring (R1, R11)', () => {
  it('searches a word of an item name from the 办事 tab, opens it and ticks off its materials', async () => {
    const { page } = env.browser
    const list = await env.system.call('catalog', 'items.list', {})
    const seeded = list.data.items.find((i: { name: string }) => i.name === '社会保障卡申领与补换')
    expect(seeded).toBeDefined()
    const { data } = await env.system.call('catalog', 'items.get', { id: seeded.id })

    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
    await page.locator('.taro-tabbar__tabbar').getByText('办事').click()
    await page.waitForURL(/pages\/items\/index/)
    await page.getByText('个体工商户设立登记').waitFor()
    await page.getByText('当前显示的是示例数据', { exact: false }).waitFor()

    await searchBox(page).fill('保障卡')
    await page.getByText('个体工商户设立登记').waitFor({ state: 'detached' })
    await page.getByText(seeded.name).click()

    await page.waitForURL(new RegExp(`packages/citizen/pages/item/index\\?id=${seeded.id}`))
    await page.getByText('所需材料').waitFor()
    for (const material of data.item.materials as { name: string }[]) await page.getByText(material.name, { exact: true }).waitFor()
    await page.getByText(`预计办理时长：约${data.item.estimatedMinutes}分钟`).waitFor()
    await page.getByText(data.item.materials[0].name, { exact: true }).click()
    await page.getByText(`已准备 1/${data.item.materials.length} 项`, { exact: false }).waitFor()

    await page.getByText('复制材料清单').click()
    const copied = await page.evaluate(() => JSON.parse(localStorage.getItem('taro_clipboard') ?? '{}').data as string)
    expect(copied).toContain(`${seeded.name} 所需材料：`)
    expect(copied).toContain(`1. ${data.item.materials[0].name}`)
    await topPage(page).getByText('预约节假日办理', { exact: true }).waitFor()
  })

  it('says when nothing matches the search', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/items/index', env.system.identity('citizen').openid)
    await page.getByText('个体工商户设立登记').waitFor()
    await searchBox(page).fill('游泳馆开放时间')
    await page.getByText('没有找到相关事项，换个关键词试试').waitFor()
  })
})

describe('the staff tab', () => {
  it('offers a citizen the invite field and checks the code before sending it', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/staff/index', env.system.identity('citizen').openid)
    await page.getByText('此页面供政务服务中心工作人员使用', { exact: false }).waitFor()
    await page.getByRole('textbox', { name: '邀请码' }).fill('abc')
    await page.getByText('绑定', { exact: true }).click()
    await page.getByText('邀请码应为8位字母或数字').waitFor()
    await page.getByRole('textbox', { name: '邀请码' }).fill('ABCD2345')
    await page.getByText('绑定', { exact: true }).click()
    await page.getByText('邀请码不正确，请核对后重新输入').waitFor()
  })

  it('binds a new staff member with the invite code an admin gave them', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    const created = await env.system.call('admin', 'staff.upsert', { name: '测试员', roles: ['staff'], windowId: 'win-04' }, admin)
    const invite = await env.system.call('admin', 'staff.invite', { staffId: created.data.staff.id }, admin)
    expect(invite.ok).toBe(true)
    const newcomer = env.system.identities.filter((i) => i.roles.length === 0).at(-1)!

    await env.system.open(page, '/pages/staff/index', newcomer.openid)
    await page.getByRole('textbox', { name: '邀请码' }).fill(` ${invite.data.code.toLowerCase()} `)
    await page.getByText('绑定', { exact: true }).click()
    await page.getByText('测试员', { exact: true }).waitFor()
    await page.getByText('身份：窗口工作人员').waitFor()
    await page.getByText('窗口工单', { exact: true }).waitFor()
    const me = await env.system.call('catalog', 'me', {}, newcomer.openid)
    expect(me.data.roles).toEqual(['staff'])
  })

  it('shows an admin the admin entries and a window leader the queue', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/staff/index', env.system.identity('admin').openid)
    for (const entry of ['事项管理', '部门与窗口', '人员管理']) await page.getByText(entry, { exact: true }).waitFor()
    expect(await page.getByText('窗口工单', { exact: true }).count()).toBe(0)

    await env.system.open(page, '/pages/staff/index', env.system.identity('leader').openid)
    await page.getByText('窗口工单', { exact: true }).waitFor()
    await page.getByText('所属窗口', { exact: false }).waitFor()
    expect(await page.getByText('事项管理', { exact: true }).count()).toBe(0)
  })
})
