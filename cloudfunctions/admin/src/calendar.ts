import * as v from 'valibot'
import { fail, ok } from '@shared/api'
import { checkYear, parseNotice, parseNoticeInputSchema, SHIPPED_YEARS, validateYear } from '@shared/calendar'
import { guarded } from '@server/guard'
import { calendarRepository } from '@server/repositories/calendar'
import { staffRepository } from '@server/repositories/staff'

const yearNumber = v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2000, '年份不能早于2000年'), v.maxValue(2100, '年份不能晚于2100年'))

/** `calendar.years`: every year the calendar knows, shipped or saved, with the saved version. */
export const listYears = guarded(['admin'], v.object({}), async (_input, ctx) => {
  const saved = await calendarRepository(ctx.db).savedYears()
  const byYear = new Map(SHIPPED_YEARS.map((y) => [y.year, { calendar: y, saved: false, version: 0 }]))
  for (const s of saved) byYear.set(s.calendar.year, { calendar: s.calendar, saved: true, version: s.version })
  return ok({ years: [...byYear.values()].sort((a, b) => a.calendar.year - b.calendar.year) })
})

/** `calendar.history`: who changed a year (by name, never their OPENID), when, and to what. */
export const yearHistory = guarded(['admin'], v.object({ year: yearNumber }), async (input, ctx) => {
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
  v.object({ version: v.pipe(v.number('版本号缺失，请刷新后重试'), v.integer('版本号格式不正确，请刷新后重试'), v.minValue(0, '版本号格式不正确，请刷新后重试')), calendar: v.unknown() }),
  async (input, ctx, actor) => {
    const checked = checkYear(input.calendar)
    if (!checked.ok) return checked
    const saved = await calendarRepository(ctx.db).save(checked.data, input.version, actor.openid, ctx.now().getTime())
    if (!saved) return fail('CONFLICT', `${checked.data.year}年的安排已被他人修改，请刷新后重试`)
    return ok({ calendar: checked.data, version: input.version + 1 })
  },
)
