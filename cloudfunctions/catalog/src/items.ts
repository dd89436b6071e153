import { action, fail, ok, slicePage } from '@shared/api'
import { ITEM_GUIDE_FIELDS, itemRefSchema, itemsListInputSchema, namesTheWords, rankItems, summarizeItem, type Item } from '@shared/items'
import { byWindowNumber, type ServiceWindow } from '@shared/org'
import { authorize } from '@server/auth'
import type { ActionContext } from '@server/context'
import { findEvery } from '@server/findEvery'
import { compareByPinyin } from '@server/pinyinOrder'
import { itemRepository } from '@server/repositories/items'
import { departmentRepository, windowRepository } from '@server/repositories/org'

/**
 * `items.list`: a page of the active items, searched in name, materials and
 * notes, with how many match (two reads: the items and the departments' order).
 * Name matches first, then by department and the pinyin of the name (R1), so
 * every page is cut from one order.
 */
export const listItems = action(
  itemsListInputSchema,
  async (input, ctx: ActionContext) => {
    // Archived items are off the list (R1); admins alone see them, to review them.
    if (input.includeArchived) {
      const auth = await authorize(ctx, ['admin'])
      if (!('actor' in auth)) return auth
    }
    const query = input.includeArchived ? {} : { active: true }
    const [items, departments] = await Promise.all([
      findEvery(itemRepository(ctx.db), query, [['name', 'asc']]),
      departmentRepository(ctx.db).find({}, { orderBy: [['order', 'asc']] }),
    ])
    const place = new Map(departments.map((d) => [d.id, d.order]))
    const departmentRank = (id: string) => place.get(id) ?? Number.MAX_SAFE_INTEGER
    const ranked = rankItems(items, input, { departmentRank, compareNames: compareByPinyin })
    // How many lead the list by their name, so the page can say where mere mentions begin.
    const nameMatches = input.q?.trim() ? ranked.filter((item) => namesTheWords(item, input.q)).length : undefined
    return ok({ ...slicePage(ranked.map(summarizeItem), input), ...(nameMatches === undefined ? {} : { nameMatches }) })
  },
)

/** What anyone may see of an item: its own fields, never who edited it (an admin's OPENID). */
const publicItem = (item: Item): Item => ({
  id: item.id,
  name: item.name,
  departmentId: item.departmentId,
  assistingDepartmentIds: item.assistingDepartmentIds,
  materials: item.materials,
  notes: item.notes,
  modes: item.modes,
  estimatedMinutes: item.estimatedMinutes,
  // The guide's fields (一次性告知, R1), each only when the item has it.
  ...Object.fromEntries(ITEM_GUIDE_FIELDS.filter((key) => item[key] !== undefined).map((key) => [key, item[key]])),
  active: item.active,
  version: item.version,
  ...(item.example ? { example: true } : {}),
})

/** `items.get`: one item with its materials and the windows that serve it (two reads). */
export const getItem = action(itemRefSchema, async (input, ctx: ActionContext) => {
  const item = await itemRepository(ctx.db).get(input.id)
  if (!item) return fail('NOT_FOUND', '没有找到该事项')
  const departments = [item.departmentId, ...item.assistingDepartmentIds]
  const windows = await windowRepository(ctx.db).find({ departmentId: ctx.db.command.in(departments) })
  const byDepartment = (w: ServiceWindow) => departments.indexOf(w.departmentId)
  return ok({ item: publicItem(item), windows: windows.sort((a, b) => byDepartment(a) - byDepartment(b) || byWindowNumber(a, b)) })
})
