import type { Item } from '@shared/items'
import type { Database } from '../cloud'
import { collection } from '../db'

/** The one place that reads and writes the `items` collection (清单, R1). */
export function itemRepository(db: Database) {
  return collection<Item & { updatedAt?: number; updatedBy?: string }>(db, 'items')
}
