import { fail, ok } from '@shared/api'
import { ITEM_GUIDE_FIELDS, itemArchiveInputSchema, itemCreateInputSchema, itemUpdateInputSchema, type Item } from '@shared/items'
import type { ActionContext } from '@server/context'
import { guarded } from '@server/guard'
import { itemRepository } from '@server/repositories/items'
import { departmentRepository } from '@server/repositories/org'

/** Every department an item names must exist. */
async function unknownDepartments(ctx: ActionContext, ids: string[]): Promise<string[]> {
  const found = await departmentRepository(ctx.db).find({ _id: ctx.db.command.in(ids) })
  return ids.filter((id) => !found.some((d) => d.id === id))
}

/**
 * Why a versioned write changed nothing: the record is gone, or someone else
 * saved first (two admins editing one item: the second is told, never
 * silently overwritten).
 */
async function explainMiss(ctx: ActionContext, id: string) {
  const current = await itemRepository(ctx.db).get(id)
  return current ? fail('CONFLICT', '该事项已被他人修改，请刷新后重新编辑') : fail('NOT_FOUND', '没有找到该事项')
}

/** The item as just saved; items are never deleted, so it is there unless the database lost it. */
async function savedItem(ctx: ActionContext, id: string) {
  const item = await itemRepository(ctx.db).get(id)
  return item ? ok({ item }) : fail('NOT_FOUND', '没有找到该事项')
}

/** `items.create`: a new item on the list (R1). The request id makes a double tap create one item. */
export const createItem = guarded(
  ['admin'],
  itemCreateInputSchema,
  async (input, ctx, actor) => {
    const items = itemRepository(ctx.db)
    const id = `item-${input.requestId}`
    const existing = await items.get(id)
    if (existing) return ok({ item: existing })
    const missing = await unknownDepartments(ctx, [input.item.departmentId, ...input.item.assistingDepartmentIds])
    if (missing.length) return fail('INVALID_INPUT', '所选部门不存在', { departmentId: '所选部门不存在' })
    const item: Item = { id, ...input.item, active: true, version: 1 }
    // The same request sent twice at once: the second answers the item the first stored.
    const { stored, created } = await items.insertOnce({ ...item, updatedAt: ctx.now().getTime(), updatedBy: actor.openid })
    return ok({ item: created ? item : stored })
  },
)

/** `items.update`: saves an edit made from `version`; a stale version is `CONFLICT`. */
export const updateItem = guarded(
  ['admin'],
  itemUpdateInputSchema,
  async (input, ctx, actor) => {
    const missing = await unknownDepartments(ctx, [input.item.departmentId, ...input.item.assistingDepartmentIds])
    if (missing.length) return fail('INVALID_INPUT', '所选部门不存在', { departmentId: '所选部门不存在' })
    const items = itemRepository(ctx.db)
    // A guide field the admin emptied is removed, not left as it was (R1).
    const cleared = Object.fromEntries(ITEM_GUIDE_FIELDS.filter((key) => input.item[key] === undefined).map((key) => [key, ctx.db.command.remove()]))
    const saved = await items.saveOverVersion(
      input.id,
      input.version,
      // An admin's edit makes an example item the center's own (R1 decision): the example flag goes.
      { ...cleared, ...input.item, example: ctx.db.command.remove(), updatedAt: ctx.now().getTime(), updatedBy: actor.openid },
    )
    if (!saved) return explainMiss(ctx, input.id)
    return savedItem(ctx, input.id)
  },
)

/** `items.archive`: takes an item off the list; it can no longer be booked. */
export const archiveItem = guarded(
  ['admin'],
  itemArchiveInputSchema,
  async (input, ctx, actor) => {
    const items = itemRepository(ctx.db)
    const saved = await items.saveOverVersion(input.id, input.version, { active: false, updatedAt: ctx.now().getTime(), updatedBy: actor.openid })
    if (!saved) return explainMiss(ctx, input.id)
    return savedItem(ctx, input.id)
  },
)
