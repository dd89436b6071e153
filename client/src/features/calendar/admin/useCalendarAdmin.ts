import { useState } from 'react'
import type { FieldErrors } from '@shared/api'
import type { HolidaySpec, YearEntry, YearProblem } from '@shared/calendar'
import { useCloudAction } from '../../cloud/useCloudAction'
import { useCloudQuery } from '../../cloud/useCloudQuery'
import { calendarOf, draftOf, fieldsOf, parseYear, tidyDraft, type YearDraft } from './yearDraft'

const EMPTY_HOLIDAY: HolidaySpec = { name: '', start: '', end: '' }

/**
 * The admin's holiday calendar (Decision under R5): the years known, shipped
 * or saved; a pasted State Council notice read into a draft to review and
 * correct; saving it with the version the edit started from, so a year saved
 * meanwhile by someone else answers CONFLICT instead of being overwritten.
 */
export function useCalendarAdmin() {
  const years = useCloudQuery('admin', 'calendar.years')
  const list = years.data?.years ?? []
  const [chosenYear, setChosenYear] = useState<number>()
  const shownYear = chosenYear ?? list.at(-1)?.calendar.year
  const [notice, setNotice] = useState({ year: '', text: '' })
  const [draft, setDraft] = useState<YearDraft>()
  const [problems, setProblems] = useState<YearProblem[]>([])
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState<string>()
  const write = useCloudAction()

  const versionOf = (year: number) => list.find((y) => y.calendar.year === year)?.version ?? 0

  const open = (next: YearDraft | undefined, nextProblems: YearProblem[] = []) => {
    setDraft(next)
    setProblems(nextProblems)
    setErrors(fieldsOf(nextProblems))
    write.setError(undefined)
  }

  const parse = async () => {
    setSaved(undefined)
    const year = parseYear(notice.year)
    if (!year.ok) {
      setErrors({ year: year.message })
      return
    }
    if (!notice.text.trim()) {
      setErrors({ text: '请粘贴通知全文' })
      return
    }
    const result = await write.run('admin', 'calendar.parseNotice', { text: notice.text, year: year.year })
    if (!result) return
    if (result.ok) open(draftOf(result.data.proposal, versionOf(year.year), result.data.warnings), result.data.problems)
    else setErrors(result.error.fields ?? {})
  }

  const edit = (entry: YearEntry) => {
    setSaved(undefined)
    open(draftOf(entry.calendar, entry.version))
  }

  /** Any edit may mend what the last check found: its messages go until the next save. */
  const change = (update: (d: YearDraft) => YearDraft) => {
    setDraft((d) => (d ? update(d) : d))
    setProblems([])
    setErrors({})
  }

  const save = async (): Promise<boolean> => {
    if (!draft || write.busy) return false
    const tidy = tidyDraft(draft)
    setDraft(tidy)
    const result = await write.run('admin', 'calendar.setYear', {
      version: tidy.version,
      calendar: calendarOf(tidy),
    })
    if (!result) return false
    if (!result.ok) {
      setErrors(result.error.fields ?? {})
      return false
    }
    open(undefined)
    setChosenYear(result.data.calendar.year)
    setSaved(`${result.data.calendar.year}年节假日安排已保存（第${result.data.version}版）`)
    years.reload()
    return true
  }

  return {
    /** Newest first. */
    years: [...list].reverse(),
    loading: years.loading,
    loadError: years.error,
    reload: years.reload,
    shown: list.find((y) => y.calendar.year === shownYear),
    show: setChosenYear,
    notice,
    setNotice: (patch: Partial<typeof notice>) => {
      setNotice((n) => ({ ...n, ...patch }))
      setErrors({})
    },
    parse,
    edit,
    draft,
    problems,
    errors,
    setSource: (patch: Partial<YearDraft['source']>) => change((d) => ({ ...d, source: { ...d.source, ...patch } })),
    setHoliday: (index: number, patch: Partial<HolidaySpec>) =>
      change((d) => ({ ...d, holidays: d.holidays.map((h, i) => (i === index ? { ...h, ...patch } : h)) })),
    addHoliday: () => change((d) => ({ ...d, holidays: [...d.holidays, { ...EMPTY_HOLIDAY }] })),
    removeHoliday: (index: number) => change((d) => ({ ...d, holidays: d.holidays.filter((_, i) => i !== index) })),
    setMakeupDay: (index: number, date: string) => change((d) => ({ ...d, makeupDays: d.makeupDays.map((m, i) => (i === index ? date : m)) })),
    addMakeupDay: () => change((d) => ({ ...d, makeupDays: [...d.makeupDays, ''] })),
    removeMakeupDay: (index: number) => change((d) => ({ ...d, makeupDays: d.makeupDays.filter((_, i) => i !== index) })),
    save,
    cancel: () => open(undefined),
    /** After CONFLICT: drop the draft and read the years again; nothing is overwritten. */
    reloadAfterConflict: () => {
      if (draft) setChosenYear(draft.year)
      open(undefined)
      years.reload()
    },
    saved,
    busy: write.busy,
    error: write.error,
  }
}
