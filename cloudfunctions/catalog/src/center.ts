import { action, noInputSchema, ok } from '@shared/api'
import type { CenterAnswer } from '@shared/settings'
import type { ActionContext } from '@server/context'
import { settingsRepository } from '@server/repositories/settings'

/**
 * `center.get`: where the center is, its phone, and the booking rules in force
 * (R2, R6, R7, R25), from the settings in one read, for anyone: the center's
 * page, the home page's phone and booking success's 导航.
 */
export const getCenter = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const { settings } = await settingsRepository(ctx.db).load()
  const answer: CenterAnswer = {
    center: settings.center,
    walkInHours: settings.walkInHours,
    bookingCutoff: settings.bookingCutoff,
    perApplicantCap: settings.perApplicantCap,
  }
  return ok(answer)
})
