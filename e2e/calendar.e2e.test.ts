import type { Page } from 'playwright-core'
import { notice2026, year2026 } from '@shared/calendar/years/2026'
import { topPage as top, useSystemAndBrowser } from './support/setup'
import { pickDate } from './support/picker'

const env = useSystemAndBrowser()


/** The month calendar's cell of day `n` of the month shown. */
const dayCell = (page: Page, n: number) =>
  top(page).locator('.month__day', { has: page.locator('.month__num', { hasText: new RegExp(`^${n}$`) }) })

async function openHome(page: Page) {
  await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid)
  await top(page).getByText('沂源县政务服务中心').waitFor()
}

describe('the home page tells what today is and what comes (R2, R3, R4, R5, R6)', () => {
  it('on Saturday 26 September 2026, inside 中秋节 (R3): a holiday today, and 国庆节 bookable until 30 September 17:00 as the server says', async () => {
    await env.system.setClock('2026-09-26T10:00:00+08:00')
    const upcoming = (await env.system.call('catalog', 'calendar.upcoming', {})).data
    expect(upcoming.today).toMatchObject({ date: '2026-09-26', kind: 'holiday', holidayName: '中秋节' })
    const national = upcoming.holidays.find((h: { name: string }) => h.name === '国庆节')
    expect(national).toMatchObject({ bookingDeadline: '2026-09-30T17:00:00+08:00', open: true })

    const { page } = env.browser
    await openHome(page)
    await top(page).getByText('今天是中秋节假期，按预约办理').waitFor()
    await top(page).getByText('今天 9月26日（周六）').waitFor()
    const row = top(page).locator('.holiday-row', { hasText: '国庆节' })
    await row.getByText('10月1日—10月7日').waitFor()
    await row.getByText('9月30日 17:00 前预约').waitFor()
    expect(await row.locator('.holiday-badge').textContent()).toBe(national.open ? '可预约' : '已截止')
    // R6: 中秋节 is under way, its booking closed on Thursday.
    expect(await top(page).locator('.holiday-row', { hasText: '中秋节' }).locator('.holiday-badge').textContent()).toBe('已截止')
    // 2027's notice is not entered: no booking is offered for it.
    await top(page).getByText('2027年节假日安排尚未公布，公布后即可预约').waitFor()
    expect(await top(page).locator('.holiday-row', { hasText: '元旦' }).count()).toBe(0)
  })

  it('on a plain Saturday (R2): walk-in with the hours', async () => {
    await env.system.setClock('2026-10-17T09:00:00+08:00')
    const { page } = env.browser
    await openHome(page)
    await top(page).getByText('今天周末无休，窗口照常办理：上午8:30-12:00，下午13:30-17:00').waitFor()
  })

  it('on a make-up Sunday (R5): an ordinary working day', async () => {
    await env.system.setClock('2026-09-20T09:00:00+08:00')
    const { page } = env.browser
    await openHome(page)
    await top(page).getByText('今天调休上班，正常办理').waitFor()
  })

  it('marks the month calendar by service and shows a tapped day', async () => {
    await env.system.setClock('2026-09-26T10:00:00+08:00')
    const { page } = env.browser
    await openHome(page)
    await top(page).getByText('2026年9月').waitFor()
    await dayCell(page, 20).getByText('调休上班').waitFor()
    await dayCell(page, 26).getByText('节假日预约').waitFor()
    await dayCell(page, 19).getByText('周末无休').waitFor()

    await top(page).getByText('下个月', { exact: true }).click()
    await top(page).getByText('2026年10月').waitFor()
    await dayCell(page, 1).getByText('节假日预约').waitFor()
    await dayCell(page, 10).getByText('调休上班').waitFor()
    await dayCell(page, 1).click()
    await top(page).locator('.month__detail').getByText('10月1日（周四）').waitFor()
    await top(page).locator('.month__detail').getByText('法定节假日 · 国庆节').waitFor()

    await top(page).getByText('下个月', { exact: true }).click()
    await top(page).getByText('下个月', { exact: true }).click()
    await top(page).getByText('2026年12月').waitFor()
    await dayCell(page, 30).getByText('未知').waitFor()
  })

  it('in large text, breaks a day’s mark only between words and brings a tapped day’s details into view (issue 16)', async () => {
    await env.system.setClock('2026-09-26T10:00:00+08:00')
    const { page } = env.browser
    await env.system.open(page, '/pages/index/index', env.system.identity('citizen').openid, { 'pref.largeText': true })
    await top(page).locator('.page--large').getByText('2026年9月').waitFor()
    await dayCell(page, 26).getByText('节假日预约').waitFor()
    // Every word of every mark sits on one line of its own: 节假日 / 预约, never 节假 / 日预约.
    const words = await top(page)
      .locator('.month__word')
      .evaluateAll((els) =>
        els.map((el) => {
          const range = document.createRange()
          range.selectNodeContents(el)
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)))
          return { word: el.textContent, lines: lines.size }
        }),
      )
    expect(words.length).toBeGreaterThan(10)
    expect(words.filter((w) => w.lines !== 1)).toEqual([])
    expect(new Set(words.map((w) => w.word))).toEqual(new Set(['周末', '无休', '节假日', '预约', '调休', '上班']))

    // The details of a tapped day are scrolled into view, not left below the fold.
    await dayCell(page, 26).click()
    const detail = top(page).locator('.month__detail')
    await detail.getByText('9月26日（周六）').waitFor()
    const inView = (el: Element) => {
      const box = el.getBoundingClientRect()
      return box.top >= 0 && box.bottom <= window.innerHeight
    }
    await page.waitForFunction(inView, await detail.elementHandle(), { timeout: 5000 })
    expect(await detail.evaluate(inView)).toBe(true)
  })
})

describe('the admin enters a year from the State Council notice (Decision under R5)', () => {
  it('pastes the 2026 notice, sees a wrong make-up day refused beside it, fixes it and saves; the list and history show it', async () => {
    await env.system.setClock('2026-11-27T15:00:00+08:00')
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    await env.system.open(page, '/packages/admin/pages/calendar/index', admin)
    const view = top(page)
    await view.getByText('国办发明电〔2025〕7号', { exact: false }).first().waitFor()
    await view.getByText('随程序发布').first().waitFor()

    await view.locator('.admin-field', { hasText: '年份' }).locator('input').fill('2026')
    await view.locator('textarea').fill(notice2026)
    await view.getByText('识别通知', { exact: true }).click()
    await view.getByText('2026年安排（首次保存）').waitFor()
    expect(await view.locator('input[placeholder="节日名称"]').count()).toBe(7)
    expect(await view.locator('input[placeholder="节日名称"]').nth(6).inputValue()).toBe('国庆节')
    // Six make-up days, each a date chosen with the picker, read as people read dates.
    expect(await view.locator('.calendar-makeup').count()).toBe(6)
    await view.locator('.calendar-makeup').first().getByText('2026年1月4日').waitFor()

    // A Monday is no make-up day: the server says so beside the row.
    await pickDate(page, view.locator('.calendar-makeup').first(), '2026-01-05')
    await view.getByText('保存', { exact: true }).click()
    await view.locator('.calendar-draft-row', { hasText: '不是周六或周日' }).first().waitFor()

    await pickDate(page, view.locator('.calendar-makeup').first(), '2026-01-04')
    await view.getByText('保存', { exact: true }).click()
    await view.getByText('2026年节假日安排已保存（第1版）').waitFor()
    await view.getByText('已保存 · 第1版').waitFor()
    await view.getByText('第1版 · 2026年11月27日 15:00', { exact: false }).waitFor()

    const years = (await env.system.call('admin', 'calendar.years', {}, admin)).data.years
    expect(years.find((y: { calendar: { year: number } }) => y.calendar.year === 2026)).toMatchObject({ saved: true, version: 1 })
  })

  it('a stale version answers CONFLICT and offers 重新加载', async () => {
    const { page } = env.browser
    const admin = env.system.identity('admin').openid
    await env.system.open(page, '/packages/admin/pages/calendar/index', admin)
    const view = top(page)
    await view.getByText('已保存 · 第1版').waitFor()
    await view.getByText('修改此年', { exact: true }).click()
    await view.getByText('2026年安排（基于第1版修改）').waitFor()
    // Another admin saves meanwhile.
    const current = (await env.system.call('admin', 'calendar.years', {}, admin)).data.years.find((y: { calendar: { year: number } }) => y.calendar.year === 2026)
    expect((await env.system.call('admin', 'calendar.setYear', { version: 1, calendar: current.calendar }, admin)).ok).toBe(true)

    await view.getByText('保存', { exact: true }).click()
    await view.getByText('2026年的安排已被他人修改，请刷新后重试').waitFor()
    await view.getByText('重新加载', { exact: true }).click()
    await view.getByText('已保存 · 第2版').waitFor()
  })

  it('enters 2027 from a (made-up) notice, and citizens can then book its 元旦', async () => {
    await env.system.setClock('2026-11-27T15:00:00+08:00')
    const { page } = env.browser
    await openHome(page)
    await top(page).getByText('2027年节假日安排尚未公布，公布后即可预约').waitFor()

    // Test data, not the real 2027 notice: one holiday, no document number.
    const notice2027 = '国务院办公厅关于2027年部分节假日安排的通知\n\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n'
    await env.system.open(page, '/packages/admin/pages/calendar/index', env.system.identity('admin').openid)
    const view = top(page)
    await view.getByText('识别通知', { exact: true }).waitFor()
    await view.locator('.admin-field', { hasText: '年份' }).locator('input').fill('2027')
    await view.locator('textarea').fill(notice2027)
    await view.getByText('识别通知', { exact: true }).click()
    await view.getByText('2027年安排（首次保存）').waitFor()
    await view.getByText('未找到文号', { exact: false }).waitFor()
    await view.getByText('保存', { exact: true }).click()
    await view.getByText('2027年节假日安排已保存（第1版）').waitFor()

    await openHome(page)
    const row = top(page).locator('.holiday-row', { hasText: '元旦' })
    await row.getByText('1月1日—1月3日').waitFor()
    await row.getByText('12月31日 17:00 前预约').waitFor()
    expect(await row.locator('.holiday-badge').textContent()).toBe('可预约')
    expect(await top(page).getByText('2027年节假日安排尚未公布', { exact: false }).count()).toBe(0)
  })

  it('refuses a citizen calling calendar.setYear', async () => {
    const citizen = env.system.identity('citizen').openid
    const answer = await env.system.call('admin', 'calendar.setYear', { version: 0, calendar: year2026 }, citizen)
    expect(answer).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
  })
})
