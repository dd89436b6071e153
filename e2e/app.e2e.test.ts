import { useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

describe('the H5 app against the local cloud', () => {
  it('opens on the home page with the scheme and the phone line', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
    await page.getByText('沂源县政务服务中心').waitFor()
    await page.getByText('0533-3618118', { exact: false }).first().waitFor()
  })

  it('switches tabs from the tab bar', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
    await page.locator('.taro-tabbar__tabbar').getByText('我的预约').click()
    await page.waitForURL(/pages\/mine\/index/)
    await page.getByText('您还没有节假日预约。').waitFor()
  })

  it('remembers large-text mode across a reload', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
    await page.getByText('大字模式：关').first().click()
    await page.getByText('大字模式：开').first().waitFor()
    await page.reload()
    await page.getByText('大字模式：开').first().waitFor()
    expect(await page.locator('.page--large').count()).toBeGreaterThan(0)
  })

  it('carries large-text mode to a tab opened before the switch', async () => {
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
    const tabBar = page.locator('.taro-tabbar__tabbar')
    await tabBar.getByText('办事').click()
    await page.getByText('“预约+无休”事项清单').waitFor()
    await tabBar.getByText('首页').click()
    await page.getByText('大字模式：关').first().click()
    await tabBar.getByText('办事').click()
    await page.waitForURL(/pages\/items\/index/)
    await page.locator('.page--large').filter({ hasText: '“预约+无休”事项清单' }).waitFor()
  })

  it('shows the staff tab by the role the server knows', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin')
    await env.system.open(page, '/pages/staff/index', admin.openid)
    await page.getByText('管理员', { exact: false }).first().waitFor()
    await env.system.open(page, '/pages/staff/index', env.system.identity('citizen').openid)
    await page.getByText('此页面供政务服务中心工作人员使用', { exact: false }).first().waitFor()
  })
})
