import { CITIZEN_ME, DEFAULT_CLOUD, expectLargeTextSwitchWorks, expectNoProblems, withPage } from './checks'
import type { CloudTable } from './fakeWx'
import { launch } from './harness'

const staffMe = (roles: string[], name = '王芳') => ({ ok: true, data: { openid: 'o-staff', roles, staff: { id: 's1', name } } })
const meAnswers = (me: unknown): CloudTable => ({ catalog: { me } })
const BUSY = { ok: false, error: { code: 'INTERNAL', message: '系统繁忙，请稍后再试' } }

describe('the logic layer', () => {
  it("holds the mini-program's globals and none of Node's or the browser's", () => {
    const mp = launch()
    try {
      for (const name of ['wx', 'App', 'Page', 'Component', 'getApp', 'getCurrentPages', 'setTimeout', 'Promise']) {
        expect([name, mp.typeofInLogic(name)]).not.toEqual([name, 'undefined'])
      }
      for (const name of ['process', 'global', 'window', 'document', 'Buffer', 'require']) {
        expect([name, mp.typeofInLogic(name)]).toEqual([name, 'undefined'])
      }
    } finally {
      mp.close()
    }
  })
})

describe('large-text mode', () => {
  it.each(['pages/index/index', 'pages/items/index'])('is switched on by tapping the switch on %s', async (route) => {
    await expectLargeTextSwitchWorks(route)
  })

  it('is switched off again by a second tap, and remembered as off', async () => {
    await withPage('pages/index/index', {}, async (page, mp) => {
      await page.tap('大字模式：关')
      await page.tap('大字模式：开')
      expect(page.text()).toContain('大字模式：关')
      expect(page.hasClass('page--large')).toBe(false)
      expect(mp.fake.storage.get('pref.largeText')).toBe(false)
    })
  })

  it('opens already on when the phone remembers it', async () => {
    await withPage('pages/mine/index', { storage: { 'pref.largeText': true } }, (page, mp) => {
      expect(page.hasClass('page--large')).toBe(true)
      expectNoProblems(mp)
    })
  })
})

describe('the staff tab', () => {
  it('asks catalog who the caller is, once', async () => {
    await withPage('pages/staff/index', {}, (_page, mp) => {
      expect(mp.callsTo('cloud.callFunction').map((c) => c.args)).toEqual([{ name: 'catalog', data: { action: 'me', input: {} } }])
    })
  })

  it('tells a citizen what the tab is for', async () => {
    await withPage('pages/staff/index', { cloud: meAnswers(CITIZEN_ME) }, (page, mp) => {
      expect(page.text()).toContain('工作人员入口')
      expect(page.text()).not.toContain('事项管理')
      expectNoProblems(mp)
    })
  })

  it("shows an admin's name and role, and opens item management", async () => {
    await withPage('pages/staff/index', { cloud: meAnswers(staffMe(['admin'])) }, async (page, mp) => {
      expect(page.text()).toContain('王芳')
      expect(page.text()).toContain('身份：管理员')
      expect(page.text()).not.toContain('窗口工单')
      await page.tap('事项管理')
      expect(mp.callsTo('navigateTo').map((c) => c.args)).toEqual([{ url: '/packages/admin/pages/items/index' }])
      const next = await mp.open('packages/admin/pages/items/index')
      expect(next.text()).toContain('维护“预约+无休”事项清单')
      expectNoProblems(mp)
    })
  })

  it("shows a window leader's roles, and opens the window's queue", async () => {
    await withPage('pages/staff/index', { cloud: meAnswers(staffMe(['leader', 'admin'])) }, async (page, mp) => {
      expect(page.text()).toContain('身份：窗口负责人、管理员')
      await page.tap('窗口工单')
      expect(mp.callsTo('navigateTo').map((c) => c.args)).toEqual([{ url: '/packages/staff/pages/queue/index' }])
      expectNoProblems(mp)
    })
  })

  it("shows the server's message with a retry, and retrying recovers", async () => {
    const cloud = meAnswers(BUSY)
    await withPage('pages/staff/index', { cloud }, async (page, mp) => {
      expect(page.text()).toContain('系统繁忙，请稍后再试')
      cloud.catalog.me = CITIZEN_ME
      await page.tap('重试')
      expect(mp.callsTo('cloud.callFunction')).toHaveLength(2)
      expect(page.text()).toContain('工作人员入口')
      expect(page.text()).not.toContain('系统繁忙')
      expectNoProblems(mp)
    })
  })
})

describe('我的预约 (R7)', () => {
  it('R7 sends the code of WeChat’s phone button to the claim, says what was found and offers the messages', async () => {
    await withPage('pages/mine/index', {}, async (page, mp) => {
      await page.trigger('用手机号查找电话/窗口登记的预约', 'getphonenumber', { code: 'code-from-wechat', errMsg: 'getPhoneNumber:ok' })
      const claims = mp.fake.callsTo('cloud.callFunction').filter((c) => (c.args as { data?: { action?: string } }).data?.action === 'appointments.claimByPhone')
      expect(claims.map((c) => (c.args as { data: unknown }).data)).toEqual([{ action: 'appointments.claimByPhone', input: { code: 'code-from-wechat' } }])
      expect(page.text()).toContain('已找到1个电话登记的预约，已加入我的预约')
      expect(page.text()).toContain('开启预约进度通知')
      expectNoProblems(mp)
    })
  })

  it('R7 says the number was not shared when the user declines WeChat’s ask, and asks the server nothing', async () => {
    await withPage('pages/mine/index', {}, async (page, mp) => {
      await page.trigger('用手机号查找电话/窗口登记的预约', 'getphonenumber', { errMsg: 'getPhoneNumber:fail user deny' })
      expect(mp.fake.callsTo('cloud.callFunction').some((c) => (c.args as { data?: { action?: string } }).data?.action === 'appointments.claimByPhone')).toBe(false)
      expect(page.text()).toContain('未获得微信手机号授权，无法查找')
      expectNoProblems(mp)
    })
  })
})

describe('documents in the mini-program (R19)', () => {
  const FORM = {
    ok: true,
    data: {
      fileID: 'cloud://env.bucket/documents/form/2026-09-30/abc.docx',
      url: 'https://bucket.tcb.qcloud.la/documents/form/2026-09-30/abc.docx?sign=s&t=1',
      fileName: '预约服务登记表_2026-000123.docx',
      fileType: 'docx',
      expiresAt: 1,
    },
  }

  it('R19 opens the registration form: the function writes it, WeChat downloads its temporary URL and opens it with the menu to print or send', async () => {
    const cloud: CloudTable = { ...DEFAULT_CLOUD, section: { ...DEFAULT_CLOUD.section, 'records.formDocument': FORM } }
    await withPage('packages/section/pages/form/index', { cloud }, async (page, mp) => {
      await page.tap('打开登记表（可打印或发送到电脑）')
      expect(mp.callsTo('cloud.callFunction').map((c) => (c.args.data as { action: string }).action)).toContain('records.formDocument')
      expect(mp.callsTo('downloadFile').map((c) => c.args.url)).toEqual([FORM.data.url])
      const [open] = mp.callsTo('openDocument')
      expect(open?.args).toMatchObject({ filePath: expect.stringMatching(/^wxfile:\/\/tmp_\d+\.docx$/), fileType: 'docx', showMenu: true })
      expect(page.text()).toContain('已打开“预约服务登记表_2026-000123”')
      expectNoProblems(mp)
    })
  })

  it('R19 shows the server\'s refusal and downloads nothing', async () => {
    const refused = { ok: false, error: { code: 'NOT_FOUND', message: '没有找到这条预约' } }
    const cloud: CloudTable = { ...DEFAULT_CLOUD, section: { ...DEFAULT_CLOUD.section, 'records.formDocument': refused } }
    await withPage('packages/section/pages/form/index', { cloud }, async (page, mp) => {
      await page.tap('打开登记表（可打印或发送到电脑）')
      expect(page.text()).toContain('没有找到这条预约')
      expect(mp.callsTo('downloadFile')).toEqual([])
      expectNoProblems(mp)
    })
  })
  it('R19 offers a window\'s staff their window\'s register under 已办, with the dates chosen by pickers', async () => {
    await withPage('packages/staff/pages/queue/index', {}, async (page, mp) => {
      expect(page.text()).not.toContain('导出台账')
      await page.tap('已办（1）')
      expect(page.text()).toContain('导出台账')
      expect(page.text()).toContain('本窗口所选日期内的预约，每条一行，生成电子表格。打开后可直接打印，或发送到电脑。')
      expect(page.text()).toContain('点此选择开始日期')
      await page.tap('导出并打开台账')
      expect(page.text()).toContain('请选择开始日期')
      expect(mp.callsTo('cloud.callFunction').map((c) => (c.args.data as { action: string }).action)).not.toContain('records.register')
      expectNoProblems(mp)
    })
  })
})
