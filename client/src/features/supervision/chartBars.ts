import type { WindowSupervision } from '@shared/supervision'

/** One horizontal bar: its label, its value as text, and its length as a share of the longest (0–100). */
export interface Bar {
  id: string
  label: string
  value: number
  percent: number
}

const label = (w: WindowSupervision) => (w.windowNumber ? `${w.windowNumber}号 ${w.windowName}` : w.windowName)
const percentOf = (value: number, max: number) => (max > 0 ? Math.round((value / max) * 1000) / 10 : 0)

/**
 * Points deducted per window (R23), most first; windows without a deduction
 * are left out, so the chart shows at a glance who lost points.
 */
export function pointsBars(windows: readonly WindowSupervision[]): Bar[] {
  const losing = windows.filter((w) => w.pointsDeducted > 0).sort((a, b) => b.pointsDeducted - a.pointsDeducted)
  const max = losing[0]?.pointsDeducted ?? 0
  return losing.map((w) => ({ id: w.windowId, label: label(w), value: w.pointsDeducted, percent: percentOf(w.pointsDeducted, max) }))
}

/** A window's appointments as a stacked bar: served in full, abandoned (counted as served, R18), and the rest. */
export interface ServedBar {
  id: string
  label: string
  dispatched: number
  served: number
  abandoned: number
  /** Shares of the longest bar (the window with the most appointments), 0–100. */
  servedPercent: number
  abandonedPercent: number
  restPercent: number
}

/** Served vs abandoned per window with appointments in the period, in the report's window order. */
export function servedBars(windows: readonly WindowSupervision[]): ServedBar[] {
  const busy = windows.filter((w) => w.counts.dispatched > 0)
  const max = Math.max(0, ...busy.map((w) => w.counts.dispatched))
  return busy.map((w) => {
    const { dispatched, served, abandoned } = w.counts
    return {
      id: w.windowId,
      label: label(w),
      dispatched,
      served,
      abandoned,
      servedPercent: percentOf(served - abandoned, max),
      abandonedPercent: percentOf(abandoned, max),
      restPercent: percentOf(dispatched - served, max),
    }
  })
}
