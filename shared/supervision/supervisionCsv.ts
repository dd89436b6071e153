import { formatBeijingIso } from '../time'
import { csvRows } from './csvField'
import { POINT_LABELS } from './deductions'
import { COMPLAINT_CHANNEL_NAMES } from '../feedback'
import { FINDING_KIND_NAMES } from './finding'
import { COUNT_KEYS, COUNT_LABELS } from './supervisionCounts'
import type { SupervisionReport } from './supervisionReport'

/** Byte order mark: without it Excel reads UTF-8 Chinese as mojibake. */
export const UTF8_BOM = '\uFEFF'

/** The export's file name, e.g. `窗口督查_2026-10-01_2026-10-31.csv`. */
export function supervisionCsvName(report: Pick<SupervisionReport, 'from' | 'to'>): string {
  return `窗口督查_${report.from}_${report.to}.csv`
}

/**
 * The supervision report (R23) as a CSV file for Excel: UTF-8 with a BOM,
 * the period and the time it was made in Beijing time, one row per window
 * with every count, each finding's points and the total, a totals row, the
 * points table in force, then the section's findings one per row (R23). Every cell goes through `csvField`, so a window
 * name such as `=1+1` stays text.
 */
export function supervisionCsv(report: SupervisionReport): string {
  const keys = report.totals.deductions.map((d) => d.key)
  const header = ['窗口编号', '窗口', ...COUNT_KEYS.map((k) => COUNT_LABELS[k]), ...keys.map((k) => `扣分：${POINT_LABELS[k]}`), '合计扣分']
  const line = (number: string, name: string, row: Pick<SupervisionReport['totals'], 'counts' | 'deductions' | 'pointsDeducted'>) => [
    number,
    name,
    ...COUNT_KEYS.map((k) => row.counts[k]),
    ...row.deductions.map((d) => d.points),
    row.pointsDeducted,
  ]
  const beijing = (ms: number) => formatBeijingIso(ms).slice(0, 16).replace('T', ' ')
  return (
    UTF8_BOM +
    csvRows([
      ['窗口督查统计（北京时间）'],
      ['统计期间', report.from, report.to],
      ['生成时间', beijing(report.generatedAt)],
      [],
      header,
      ...report.windows.map((w) => line(w.windowNumber, w.windowName, w)),
      line('', '合计', report.totals),
      [],
      ['扣分标准', '每次扣分'],
      ...keys.map((k) => [POINT_LABELS[k], report.points[k]]),
      [],
      ['督查记录', '窗口', '类别', '来源', '事实与依据', '扣分'],
      ...report.findings.map((f) => [f.date, f.windowName, FINDING_KIND_NAMES[f.kind], f.channel ? COMPLAINT_CHANNEL_NAMES[f.channel] : '', f.evidence, f.points]),
    ])
  )
}
