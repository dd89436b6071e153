import { mkdirSync } from 'node:fs'
import path from 'node:path'
import type { Page } from 'playwright-core'
import { ARTIFACTS_DIR, useSystemAndBrowser } from './support/setup'

const env = useSystemAndBrowser()

// Every page of the app, opened in turn on one loaded 2-core machine.
jest.setTimeout(600_000)

const SECTION = 'oEXAMPLE_section_li'
const DESK = 'oEXAMPLE_desk_zhao'
const ADMIN = 'oEXAMPLE_admin_wang'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

/** The smallest tap target older citizens can hit (issue 16: "tap targets at least 48 px high"). */
const MIN_TAP_PX = 48

/** Every control a person taps. The dev bar is the emulator's, never in the mini-program. */
const CONTROLS = [
  'taro-button-core',
  '.chip',
  'taro-picker-core',
  'taro-checkbox-core',
  'taro-radio-core',
  'taro-switch-core',
  'taro-input-core',
  'taro-textarea-core',
  '.taro-tabbar__tabbar .weui-tabbar__item',
].join(', ')

interface Measured {
  what: string
  text: string
  height: number
}

/** Every visible control of the page on top, with its height in CSS pixels. */
async function controlsOnTop(page: Page): Promise<Measured[]> {
  return page.evaluate(
    ({ selector }) => {
      const pages = [...document.querySelectorAll('.taro_page')].filter((p) => (p as HTMLElement).offsetParent !== null || getComputedStyle(p).display !== 'none')
      const top = pages[pages.length - 1] ?? document.body
      const tabBar = [...document.querySelectorAll('.taro-tabbar__tabbar')]
      const scopes = [top, ...tabBar]
      const found: { what: string; text: string; height: number }[] = []
      for (const scope of scopes) {
        for (const el of scope.querySelectorAll(selector)) {
          if (el.closest('.dev-bar')) continue
          // A control inside another measured control (a Button in a Picker) counts once, as the outer one.
          const outer = el.parentElement?.closest(selector)
          if (outer && scope.contains(outer)) continue
          // A box whose row takes the tap (a material to tick, an option) is as large as its row.
          const box = (el.closest('.tap-row') ?? el).getBoundingClientRect()
          if (box.width === 0 || box.height === 0) continue
          if (getComputedStyle(el).visibility === 'hidden') continue
          found.push({ what: el.tagName.toLowerCase() + (el.className ? `.${String(el.className).trim().split(/\s+/).join('.')}` : ''), text: (el.textContent ?? '').trim().slice(0, 30), height: Math.round(box.height * 10) / 10 })
        }
      }
      return found
    },
    { selector: CONTROLS },
  )
}

/**
 * What a person reads that is meant for programs (issue 16, "no program
 * codes for people"): ISO dates, format placeholders, ids, English words.
 */
const CODES: [string, RegExp][] = [
  ['an ISO date', /\d{4}-\d{2}-\d{2}/],
  ['a format placeholder', /HH:mm|YYYY|MM-DD/],
  ['an id', /\b(apt|item|win|staff|dept|oEXAMPLE)[-_][\w-]+/],
  ['a time zone', /UTC|GMT|\+08:00/],
  ['English', /[A-Za-z]{2,}/],
]

/** The text of the page on top as a person reads it, input placeholders included; the dev bar left out. */
async function textOnTop(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pages = [...document.querySelectorAll('.taro_page')].filter((p) => getComputedStyle(p).display !== 'none')
    const top = (pages[pages.length - 1] ?? document.body) as HTMLElement
    const devBars = [...top.querySelectorAll<HTMLElement>('.dev-bar')]
    for (const dev of devBars) dev.style.display = 'none'
    const text = top.innerText
    for (const dev of devBars) dev.style.display = ''
    const placeholders = [...top.querySelectorAll('input, textarea')].map((i) => i.getAttribute('placeholder') ?? '')
    return [...text.split('\n'), ...placeholders].map((l) => l.trim()).filter(Boolean)
  })
}

/** Waits until the page has settled: no call in flight for half a second, no 加载中. */
async function settled(page: Page) {
  await page.waitForLoadState('networkidle')
  await page
    .locator('.taro_page')
    .last()
    .getByText(/^(加载中|正在加载)/)
    .waitFor({ state: 'detached', timeout: 10_000 })
    .catch(() => undefined)
  await page.waitForTimeout(300)
}

async function confirmedAppointment(): Promise<string> {
  const call = async (fn: string, action: string, input: Record<string, unknown>, openid: string) => {
    const answer = await env.system.call(fn, action, input, openid)
    if (!answer.ok) throw new Error(`${fn} ${action}: ${JSON.stringify(answer.error)}`)
    return answer.data.appointment as { id: string; version: number }
  }
  const requested = await call(
    'booking',
    'appointments.request',
    { requestId: 'large-req', itemIds: ['item-001'], date: '2026-10-05', halfDay: 'pm', applicant: { name: '张三', phone: '13800000001' } },
    CITIZEN,
  )
  const ref = (a: { id: string; version: number }, step: string) => ({ appointmentId: a.id, version: a.version, requestId: `large-${step}` })
  const dispatched = await call('section', 'appointments.dispatch', { ...ref(requested, 'dispatch'), leadWindowId: 'win-02' }, SECTION)
  const assigned = await call('counter', 'appointments.assign', { ...ref(dispatched, 'assign'), staffId: 'staff-scjg-1' }, LEADER)
  await call('counter', 'appointments.confirm', { ...ref(assigned, 'confirm'), agreedTime: '14:30', contact: { note: '已电话联系', materialsToldInFull: true } }, STAFF)
  return requested.id
}

// app.config.ts calls the build's global `defineAppConfig`; read as data here.
;(globalThis as { defineAppConfig?: (config: unknown) => unknown }).defineAppConfig = (config) => config
// eslint-disable-next-line @typescript-eslint/no-require-imports
const appConfig = require('../client/src/app.config').default as { pages: string[]; subPackages: { root: string; pages: string[] }[] }
/** Every page the app declares, main package and subpackages. */
const ALL_PAGES = [...appConfig.pages, ...appConfig.subPackages.flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]

/** How each page is opened and by whom: its query (`{id}`: the appointment) and the people who use it. */
const VISITS: Record<string, [query: string, openid: string][]> = {
  'pages/index/index': [['', CITIZEN]],
  'pages/items/index': [['', CITIZEN]],
  'pages/mine/index': [['', CITIZEN]],
  'pages/staff/index': [
    ['', SECTION],
    ['', STAFF],
    ['', ADMIN],
  ],
  'packages/citizen/pages/item/index': [['?id=item-001', CITIZEN]],
  'packages/citizen/pages/book/index': [['?itemId=item-001', CITIZEN]],
  'packages/citizen/pages/appointment/index': [['?id={id}', CITIZEN]],
  'packages/citizen/pages/complaints/index': [['', CITIZEN]],
  'packages/citizen/pages/center/index': [['', CITIZEN]],
  'packages/staff/pages/queue/index': [['', STAFF]],
  'packages/staff/pages/appointment/index': [['?id={id}', STAFF]],
  'packages/staff/pages/duty/index': [['', STAFF]],
  'packages/staff/pages/timebank/index': [['', LEADER]],
  'packages/section/pages/inbox/index': [['', SECTION]],
  'packages/section/pages/form/index': [['?id={id}', SECTION]],
  'packages/section/pages/register/index': [['', DESK]],
  'packages/section/pages/duty/index': [['', SECTION]],
  'packages/section/pages/reviews/index': [['', SECTION]],
  'packages/section/pages/complaints/index': [['', SECTION]],
  'packages/section/pages/supervision/index': [['', SECTION]],
  'packages/section/pages/filing/index': [['', SECTION]],
  'packages/section/pages/leave/index': [['', SECTION]],
  'packages/section/pages/appointments/index': [['', SECTION]],
  'packages/section/pages/record/index': [['?id={id}', SECTION]],
  'packages/admin/pages/items/index': [['', ADMIN]],
  'packages/admin/pages/item-edit/index': [['?id=item-001', ADMIN]],
  'packages/admin/pages/org/index': [['', ADMIN]],
  'packages/admin/pages/staff/index': [['', ADMIN]],
  'packages/admin/pages/calendar/index': [['', ADMIN]],
  'packages/admin/pages/messages/index': [['', ADMIN]],
}

/** Every page of app.config.ts, as the people who use it. */
function everyPage(appointmentId: string): [string, string][] {
  return ALL_PAGES.flatMap((page) => (VISITS[page] ?? []).map(([query, openid]): [string, string] => [`/${page}${query.replace('{id}', encodeURIComponent(appointmentId))}`, openid]))
}

describe('every page in large text: 48 px tap targets and no program codes for people (issue 16)', () => {
  it('measures every button, chip, picker, input and tab of every page, and reads its text for ISO dates, ids and English', async () => {
    // A page added to app.config.ts joins VISITS, or this test says which it misses.
    expect(ALL_PAGES.filter((p) => !VISITS[p])).toEqual([])
    const { page } = env.browser
    // A working day before 国庆 2026: booking open, a holiday on the home page.
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const appointmentId = await confirmedAppointment()
    const shots = path.join(ARTIFACTS_DIR, 'large-text')
    mkdirSync(shots, { recursive: true })
    const small: string[] = []
    const codes: string[] = []
    let measured = 0
    for (const [hash, openid] of everyPage(appointmentId)) {
      await env.system.open(page, hash, openid, { 'pref.largeText': true })
      await page.locator('.page--large').last().waitFor()
      await settled(page)
      const controls = await controlsOnTop(page)
      measured += controls.length
      for (const line of await textOnTop(page)) {
        for (const [what, pattern] of CODES) if (pattern.test(line)) codes.push(`${hash} (${openid}): ${what} in “${line.slice(0, 60)}”`)
      }
      for (const c of controls) if (c.height < MIN_TAP_PX) small.push(`${hash} (${openid}): ${c.what} “${c.text}” ${c.height} px`)
      if (process.env.LARGE_TEXT_SHOTS) {
        await page.screenshot({ path: path.join(shots, `${hash.replace(/[^a-z0-9]+/gi, '_')}_${openid}.png`), fullPage: true })
      }
    }
    expect(measured).toBeGreaterThan(100)
    expect(small).toEqual([])
    expect(codes).toEqual([])
  })
})
