import Taro from '@tarojs/taro'
import { useCallback, useRef, useState } from 'react'
import type { FieldErrors } from '@shared/api'
import { isSupervisionCsv, supervisionInputSchema } from '@shared/supervision'
import type { CivilDate } from '@shared/time'
import { callCloud } from '../../api/cloud'
import { validateFields } from '../admin/validateFields'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { exportCsv } from './exportCsv'
import { monthPeriod } from './monthPeriod'
import type { Period, PeriodKind } from './period'

/**
 * The section's supervision page (R23): the period (this month, last
 * month, or typed dates checked with the server's own schema before any
 * request), the report for it, and the CSV export — a download on H5, the
 * clipboard in the mini-program — with a sentence saying what happened.
 */
export function useSupervision(today: CivilDate, platform: string = process.env.TARO_ENV ?? '') {
  const [kind, setKind] = useState<PeriodKind>('this-month')
  const [applied, setApplied] = useState<Period>(() => monthPeriod(today, 0))
  const [custom, setCustom] = useState<Period>(applied)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [exporting, setExporting] = useState(false)
  const busy = useRef(false) // a second tap while one export runs does nothing
  const [exported, setExported] = useState<string>()
  const query = useCloudQuery('supervision', 'supervision.report', applied)
  // Asked without `format`, the answer is the report as data.
  const report = { ...query, data: query.data && !isSupervisionCsv(query.data) ? query.data : undefined }

  const choose = useCallback(
    (next: PeriodKind) => {
      setKind(next)
      setErrors({})
      setExported(undefined)
      if (next !== 'custom') setApplied(monthPeriod(today, next === 'this-month' ? 0 : 1))
    },
    [today],
  )

  const applyCustom = useCallback(() => {
    const checked = validateFields(supervisionInputSchema, custom)
    if (!checked.ok) return setErrors(checked.errors)
    setErrors({})
    setExported(undefined)
    setApplied({ from: checked.value.from, to: checked.value.to })
  }, [custom])

  const exportFile = useCallback(async () => {
    if (busy.current) return
    busy.current = true
    setExporting(true)
    const answer = await callCloud('supervision', 'supervision.report', { ...applied, format: 'csv' })
    // The clipboard can refuse (the user declined the privacy prompt): say so instead of failing silently.
    const file = answer.ok && isSupervisionCsv(answer.data) ? answer.data : undefined
    const outcome = file ? await exportCsv(file, platform).catch(() => undefined) : undefined
    busy.current = false
    setExporting(false)
    if (!answer.ok || !file || !outcome) {
      setExported(undefined)
      void Taro.showToast({ title: answer.ok ? '导出失败，请重试' : answer.error.message, icon: 'none' })
      return
    }
    setExported(outcome === 'downloaded' ? `已下载文件：${file.filename}` : '统计表已复制到剪贴板，可粘贴到 Excel 或发给同事')
    void Taro.showToast({ title: outcome === 'downloaded' ? '已下载' : '已复制', icon: 'success' })
  }, [applied, platform])

  return { kind, choose, applied, custom, setCustom, applyCustom, errors, report, exportFile, exporting, exported }
}
