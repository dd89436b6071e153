import type { Item } from '@shared/items'
import type { ActionContext } from '@server/context'
import { itemRepository } from '@server/repositories/items'

/** The items with these ids (archived ones too: they stay on old records), by id. One database request. */
export async function itemsById(ctx: ActionContext, ids: readonly string[]): Promise<Map<string, Item>> {
  const unique = [...new Set(ids)]
  if (unique.length === 0) return new Map()
  const found = await itemRepository(ctx.db).find({ _id: ctx.db.command.in(unique) })
  return new Map(found.map((item) => [item.id, item]))
}
