import { SHIPPED_YEARS } from '../../shared/calendar'
import { DEFAULT_CLOUD, expectNoProblems, withPage } from './checks'

describe('the month calendar on the home page (R2, R3, R4, R5)', () => {
  it('shows the details of a tapped day', async () => {
    await withPage('pages/index/index', {}, async (page, mp) => {
      await page.tap('调休上班')
      expect(page.text()).toContain('9月20日（周日）')
      expect(page.text()).toContain('调休上班日')
      expect(page.text()).toContain('正常办理')
      // The details are brought into view (large text pushes them below the fold).
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(mp.callsTo('pageScrollTo').map((c) => c.args)).toEqual([expect.objectContaining({ selector: '.month__detail' })])
      expectNoProblems(mp)
    })
  })

  it('asks calendar.range for the next month', async () => {
    await withPage('pages/index/index', {}, async (page, mp) => {
      await page.tap('下个月')
      expect(page.text()).toContain('2026年10月')
      const ranges = mp.callsTo('cloud.callFunction').map((c) => c.args.data as { action: string; input: unknown })
      expect(ranges.filter((d) => d.action === 'calendar.range').map((d) => d.input)).toEqual([
        { from: '2026-09-01', to: '2026-09-30' },
        { from: '2026-10-01', to: '2026-10-31' },
      ])
      expectNoProblems(mp)
    })
  })
})

describe('the admin calendar page', () => {
  it('edits a saved year and saves it with the version it started from', async () => {
    const saved = { ok: true, data: { calendar: SHIPPED_YEARS.find((y) => y.year === 2026), version: 2 } }
    const cloud = { ...DEFAULT_CLOUD, admin: { ...DEFAULT_CLOUD.admin, 'calendar.setYear': saved } }
    await withPage('packages/admin/pages/calendar/index', { cloud }, async (page, mp) => {
      await page.tap('修改此年')
      expect(page.text()).toContain('2026年安排（基于第1版修改）')
      await page.tap('保存')
      const sent = mp.callsTo('cloud.callFunction').map((c) => c.args.data as { action: string; input: { version: number } })
      expect(sent.filter((d) => d.action === 'calendar.setYear').map((d) => d.input.version)).toEqual([1])
      expect(page.text()).toContain('2026年节假日安排已保存（第2版）')
      expectNoProblems(mp)
    })
  })
})
