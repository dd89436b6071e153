import { useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

describe('a county list longer than a page (issue 13, item 2)', () => {
  it('a citizen reaches every item with 加载更多, and a search starts again from its first page', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    for (let n = 1; n <= 25; n++) {
      const name = `便民测试事项${String(n).padStart(2, '0')}`
      const created = await env.system.call(
        'admin',
        'items.create',
        { requestId: `paging-item-${n}`, item: { name, departmentId: 'dept-zwb', materials: [], modes: ['walk-in'], estimatedMinutes: 30 } },
        admin,
      )
      expect(created.ok).toBe(true)
    }
    const total = (await env.system.call('catalog', 'items.list', {})).data.total as number
    expect(total).toBeGreaterThan(25)

    await env.system.open(page, '/pages/items/index', env.system.identity('citizen').openid)
    await page.getByText(`共 ${total} 条，已显示 20 条`).waitFor()
    await page.getByText('加载更多').click()
    await page.getByText(`共 ${total} 条，已显示 ${Math.min(total, 40)} 条`).waitFor()

    await page.locator('input[placeholder="搜索事项名称或所需材料"]').fill('便民测试事项')
    await page.getByText('共 25 条，已显示 20 条').waitFor()
    await page.getByText('加载更多').click()
    await page.getByText('共 25 条，已显示 25 条').waitFor()
    await page.getByText('便民测试事项25').waitFor()
    expect(await page.getByText('加载更多').count()).toBe(0)
  })
})
