import { fail, noInputSchema, ok } from '@shared/api'
import { MIXED_TERMS_MESSAGE, mixedTemplateId, settingsUpdateInputSchema } from '@shared/settings'
import { guarded } from '../../../server/guard'
import { settingsRepository } from '../../../server/repositories/settings'

/** `settings.get`: the values rules.md marks as settings, with their version. */
export const getSettings = guarded(['admin'], noInputSchema, async (_input, ctx) => ok(await settingsRepository(ctx.db).load()))

/**
 * `settings.update`: a checked patch, saved only over the version it was made
 * from. Templates are checked with the kinds the patch leaves as they are:
 * one template id cannot be one-time for one kind and long-term for another.
 */
export const updateSettings = guarded(
  ['admin'],
  settingsUpdateInputSchema,
  async (input, ctx, actor) => {
    const repo = settingsRepository(ctx.db)
    if (input.patch.templates) {
      const { settings } = await repo.load()
      if (mixedTemplateId({ ...settings.templates, ...input.patch.templates }) !== null) {
        return fail('INVALID_INPUT', MIXED_TERMS_MESSAGE, { templates: MIXED_TERMS_MESSAGE })
      }
    }
    const saved = await repo.save(input.patch, input.version, actor.openid, ctx.now().getTime())
    if (!saved) return fail('CONFLICT', '设置已被他人修改，请刷新后重试')
    return ok(await repo.load())
  },
)
