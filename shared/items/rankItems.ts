import type { Item } from './item'
import { fold, searchItems, searchWords, type ItemFilter } from './searchItems'

/** How the list is ordered for Chinese readers; the server supplies both, as only it has full ICU (docs/platform.md). */
export interface ItemOrder {
  /** A department's place in the center's list (its `order`); the lowest comes first. */
  departmentRank: (departmentId: string) => number
  /** Compares two names as Chinese readers look them up: by pinyin (`Intl.Collator('zh-CN')`). */
  compareNames: (a: string, b: string) => number
}

/** Whether the item's name holds every word of the search (no words: every name does). */
export function namesTheWords(item: Pick<Item, 'name'>, q: string | undefined): boolean {
  const name = fold(item.name)
  return searchWords(q).every((w) => name.includes(w))
}

/**
 * The search's answer in the order people look for it (R1): items whose name
 * holds every word first, then those that only mention them in materials or
 * notes; within each, by lead department, then by the pinyin of the name,
 * then by id, so that every page of a paged list follows one order.
 */
export function rankItems<T extends Item>(items: readonly T[], filter: ItemFilter, order: ItemOrder): T[] {
  const tier = (item: T) => (namesTheWords(item, filter.q) ? 0 : 1)
  return searchItems(items, filter)
    .map((item) => ({ item, tier: tier(item), rank: order.departmentRank(item.departmentId) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        a.rank - b.rank ||
        order.compareNames(a.item.name, b.item.name) ||
        (a.item.id < b.item.id ? -1 : a.item.id > b.item.id ? 1 : 0),
    )
    .map((entry) => entry.item)
}
