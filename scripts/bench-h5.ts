/**
 * `npm run bench:h5` (issue 8): in headless Chromium (Debian's, through
 * playwright-core as the browser tests drive it), the time from navigation
 * to the item list shown and to the booking form shown, beside a page with no
 * data (a static page from the same server) and the app's own shell (its tab
 * bar, drawn before any data), in the same run: the median of `BENCH_RUNS`
 * (default 7) runs, each in a fresh browser profile (nothing cached).
 * Needs the H5 build: `CLIENT_DIST=/tmp/x/dist npm run build:h5` then the
 * same `CLIENT_DIST` here (default `client/dist`).
 */
import { existsSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { chromium } from 'playwright-core'
import { chromiumPath } from '../e2e/support/browser'
import { machine, markdownTable, root, startBenchCloud } from '../bench/benchCloud'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const CLOCK = '2026-09-24T10:00:00+08:00'
const CITIZEN = 'oEXAMPLE_citizen_zhang'
const BLANK = '<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>无数据</title><body><p>没有数据的页面</p></body></html>\n'

/** What "shown" means for each page: this text drawn inside this element. */
const TARGETS: { name: string; path: string; marks: { name: string; selector: string; text: string }[] }[] = [
  { name: 'static page, no data, no script', path: '/bench-blank.html', marks: [{ name: 'shown', selector: 'body', text: '没有数据的页面' }] },
  {
    name: 'item list (`/pages/items/index`)',
    path: '/#/pages/items/index',
    marks: [
      { name: 'app shell (tab bar, no data yet)', selector: '.taro-tabbar__tabbar', text: '办事' },
      { name: 'list shown', selector: 'body', text: '个体工商户设立登记' },
    ],
  },
  {
    name: 'booking form (`/packages/citizen/pages/book/index?itemId=item-006`)',
    path: '/#/packages/citizen/pages/book/index?itemId=item-006',
    marks: [{ name: 'form shown', selector: 'body', text: '国庆节（10月1日—10月7日）' }],
  },
]

/** The H5 build with the static no-data page beside it, in a throwaway folder of links. */
function h5Folder(): string {
  const build = path.resolve(root, process.env.CLIENT_DIST ?? path.join('client', 'dist'), 'h5')
  if (!existsSync(path.join(build, 'index.html'))) throw new Error(`no H5 build in ${build}: run CLIENT_DIST=… npm run build:h5 first`)
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-h5-'))
  for (const entry of readdirSync(build)) symlinkSync(path.join(build, entry), path.join(dir, entry))
  writeFileSync(path.join(dir, 'bench-blank.html'), BLANK)
  return dir
}

/** One run of one page in a fresh profile: ms from navigation start to each mark (by name), and the cloud calls made. */
async function visit(browser: Browser, url: string, target: (typeof TARGETS)[number]): Promise<{ marks: Map<string, number>; calls: string[] }> {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, locale: 'zh-CN' })
  try {
    const page = await context.newPage()
    // Name the caller before the app loads, as e2e/support/system.ts does.
    await page.goto(`${url}/__dev/clock`)
    await page.evaluate((id) => localStorage.setItem('dev.openid', JSON.stringify({ data: id })), CITIZEN)
    const calls: string[] = []
    page.on('request', (request) => {
      const fn = /\/__dev\/call\/([^/?]+)/.exec(request.url())?.[1]
      if (fn) calls.push(`${fn} ${(request.postDataJSON() as { action?: string } | null)?.action ?? '?'}`)
    })
    await page.goto(`${url}${target.path}`, { waitUntil: 'commit' })
    const marks = new Map<string, number>()
    for (const mark of target.marks) {
      const at = await page.waitForFunction(
        ({ selector, text }) => {
          const element = document.querySelector(selector) as HTMLElement | null
          return element?.innerText.includes(text) ? performance.now() : false
        },
        mark,
        { polling: 'raf', timeout: 30_000 },
      )
      marks.set(mark.name, (await at.jsonValue()) as number)
    }
    // When the page asked the cloud and when the last answer came (Resource Timing, same clock as the marks).
    const spans = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((e) => e.name.includes('/__dev/call/'))
        .map((e) => [e.startTime, (e as PerformanceResourceTiming).responseEnd]),
    )
    if (spans.length) {
      marks.set(FIRST_CALL, Math.min(...spans.map(([start]) => start)))
      marks.set(LAST_ANSWER, Math.max(...spans.map(([, end]) => end)))
    }
    return { marks, calls }
  } finally {
    await context.close()
  }
}

const FIRST_CALL = 'first cloud call sent'
const LAST_ANSWER = 'last cloud answer received'

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}

async function main() {
  const h5Root = h5Folder()
  const cloud = await startBenchCloud({ h5Root })
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  try {
    await cloud.setClock(CLOCK)
    // One untimed visit of each page: the function instances start and fill their caches.
    for (const target of TARGETS) await visit(browser, cloud.url, target)
    const results = TARGETS.map(() => ({ marks: [] as Map<string, number>[], calls: [] as string[] }))
    // Interleaved, so that a busy moment of the machine falls on every page alike.
    for (let run = 0; run < RUNS; run++) {
      for (const [i, target] of TARGETS.entries()) {
        const { marks, calls } = await visit(browser, cloud.url, target)
        results[i].marks.push(marks)
        results[i].calls = calls
      }
    }
    const rows = TARGETS.flatMap((target, i) => {
      const names = [...new Set(results[i].marks.flatMap((marks) => [...marks.keys()]))]
      const medians = names.map((name) => ({ name, times: results[i].marks.flatMap((marks) => marks.get(name) ?? []) }))
      return medians
        .sort((a, b) => median(a.times) - median(b.times))
        .map(({ name, times }) => [target.name, name, median(times).toFixed(0), Math.min(...times).toFixed(0), Math.max(...times).toFixed(0)])
    })
    console.log(`H5 in headless Chromium (390×844, fresh profile each run), median of ${RUNS} runs, ${machine()}\n`)
    console.log(markdownTable(['page', 'until', 'median ms', 'min ms', 'max ms'], rows, new Set([2, 3, 4])))
    console.log(`\nCloud calls per page (last run): ${TARGETS.map((t, i) => `${t.name}: ${results[i].calls.join(', ') || 'none'}`).join('; ')}`)
  } finally {
    await browser.close()
    await cloud.close()
    rmSync(h5Root, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
