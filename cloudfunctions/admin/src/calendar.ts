import { fail, noInputSchema, ok } from '@shared/api'
import { checkYear, parseNotice, parseNoticeInputSchema, setYearInputSchema, SHIPPED_YEARS, validateYear, yearRefSchema } from '@shared/calendar'
import { guarded } from '../../../server/guard'
import { calendarRepository } from '../../../server/repositories/calendar'
import { staffRepository } from '../../../server/repositories/staff'

/** `calendar.years`: every year the calendar knows, shipped or saved, with the saved version. */
export const listYears = guarded(['admin'], noInputSchema, async (_input, ctx) => {
  const saved = await calendarRepository(ctx.db).savedYears()
  const byYear = new Map(SHIPPED_YEARS.map((y) => [y.year, { calendar: y, saved: false, version: 0 }]))
  for (const s of saved) byYear.set(s.calendar.year, { calendar: s.calendar, saved: true, version: s.version })
  return ok({ years: [...byYear.values()].sort((a, b) => a.calendar.year - b.calendar.year) })
})

/** `calendar.history`: who changed a year (by name, never their OPENID), when, and to what. */
export const yearHistory = guarded(['admin'], yearRefSchema, async (input, ctx) => {
  const changes = await calendarRepository(ctx.db).history(input.year)
  const openids = [...new Set(changes.map((c) => c.by))]
  const staff = openids.length ? await staffRepository(ctx.db).find({ openid: ctx.db.command.in(openids) }) : []
  const nameOf = (openid: string) => staff.find((s) => s.openid === openid)?.name ?? '管理员'
  return ok({ changes: changes.map(({ by, ...change }) => ({ ...change, by: nameOf(by) })) })
})

/**
 * `calendar.parseNotice`: reads the State Council's notice as pasted and
 * answers a proposal to review, never saved by itself.
 */
export const parseNoticeAction = guarded(['admin'], parseNoticeInputSchema, async (input) => {
  const { proposal, warnings } = parseNotice(input.text, input.year)
  return ok({ proposal, warnings, problems: validateYear(proposal) })
})

/**
 * `calendar.setYear`: enters or corrects a year (R2–R5 data). Saved years
 * override shipped ones; `version` is the one the edit started from (0 for a
 * year never saved), so two admins cannot overwrite each other unseen.
 */
export const setYear = guarded(
  ['admin'],
  setYearInputSchema,
  async (input, ctx, actor) => {
    const checked = checkYear(input.calendar)
    if (!checked.ok) return checked
    const saved = await calendarRepository(ctx.db).save(checked.data, input.version, actor.openid, ctx.now().getTime())
    if (!saved) return fail('CONFLICT', `${checked.data.year}年的安排已被他人修改，请刷新后重试`)
    return ok({ calendar: checked.data, version: input.version + 1 })
  },
)
