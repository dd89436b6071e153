import Taro from '@tarojs/taro'
import { emptyCounts } from '@shared/supervision'
import { pointsBars, servedBars } from './chartBars'
import { exportCsv, type Downloader } from './exportCsv'
import { octoberReport } from './fixtures'
import { monthPeriod } from './monthPeriod'
import { windowFigures } from './windowFigures'

describe('monthPeriod', () => {
  it.each([
    ['2026-11-27', 0, { from: '2026-11-01', to: '2026-11-30' }],
    ['2026-11-27', 1, { from: '2026-10-01', to: '2026-10-31' }],
    ['2026-01-15', 1, { from: '2025-12-01', to: '2025-12-31' }],
    ['2028-03-01', 1, { from: '2028-02-01', to: '2028-02-29' }],
  ] as const)('from %s, %d month(s) back, is %j', (today, back, period) => {
    expect(monthPeriod(today, back)).toEqual(period)
  })
})

describe('charts (R23)', () => {
  const report = octoberReport()

  it('shows only windows that lost points, most first, the longest bar full', () => {
    const bars = pointsBars(report.windows)
    expect(bars.map((b) => b.id).sort()).toEqual(['w-assist', 'w-lead']) // w-other lost nothing
    expect(bars[0].value).toBeGreaterThanOrEqual(bars[1].value)
    expect(bars[0].percent).toBe(100)
    expect(bars[1].percent).toBeCloseTo((bars[1].value / bars[0].value) * 100, 1)
  })

  it('R18 splits served appointments into completed and abandoned, beside the ones not served', () => {
    const lead = servedBars(report.windows).find((b) => b.id === 'w-lead')!
    expect(lead).toMatchObject({ dispatched: 3, served: 2, abandoned: 1 })
    expect(lead.servedPercent + lead.abandonedPercent + lead.restPercent).toBeCloseTo(100, 0)
    expect(lead.abandonedPercent).toBeCloseTo(33.3, 1)
  })

  it('draws no bars when nothing happened', () => {
    const quiet = report.windows.map((w) => ({ ...w, counts: emptyCounts(), pointsDeducted: 0 }))
    expect(pointsBars(quiet)).toEqual([])
    expect(servedBars(quiet)).toEqual([])
  })
})

describe('windowFigures', () => {
  it('groups a window table and marks findings that cost points', () => {
    const groups = windowFigures({ ...emptyCounts(), dispatched: 2, shiftsAbsent: 1, buckPassing: 1 })
    expect(groups.map((g) => g.title)).toEqual(['节假日预约', '周末值班', '评价', '督查记录'])
    expect(groups[3].figures.find((f) => f.key === 'buckPassing')).toMatchObject({ label: '推诿扯皮', value: 1, bad: true })
    expect(groups[0].figures[0]).toEqual({ key: 'dispatched', label: '派单数', value: 2, bad: false })
    expect(groups[1].figures.find((f) => f.key === 'shiftsAbsent')).toMatchObject({ label: '脱岗', bad: true })
  })
})

describe('exportCsv', () => {
  const answer = { csv: '\uFEFF窗口督查统计\r\n', filename: '窗口督查_2026-10-01_2026-10-31.csv', truncated: false }

  it('downloads the file on H5 with its BOM', async () => {
    const blobs: Blob[] = []
    const clicks: [string, string][] = []
    const downloader: Downloader = { createObjectURL: (b) => (blobs.push(b), 'blob:1'), revokeObjectURL: () => {}, click: (href, name) => clicks.push([href, name]) }
    expect(await exportCsv(answer, 'h5', downloader)).toBe('downloaded')
    expect(clicks).toEqual([['blob:1', answer.filename]])
    // jsdom's Blob has no arrayBuffer(); its FileReader reads the bytes.
    const buffer = await new Promise<ArrayBuffer>((resolve) => {
      const reader = new FileReader()
      reader.onload = () => resolve(reader.result as ArrayBuffer)
      reader.readAsArrayBuffer(blobs[0])
    })
    const bytes = new Uint8Array(buffer)
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
  })

  it('copies the text without the BOM in the mini-program', async () => {
    expect(await exportCsv(answer, 'weapp')).toBe('copied')
    expect((await Taro.getClipboardData()).data).toBe('窗口督查统计\r\n')
  })
})
