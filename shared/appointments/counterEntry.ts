import type { Material } from '../items'
import type { TimeSpan } from '../calendar'
import type { QueueEntry } from './views'

/** What the staff tell the applicant of one item, once and in full (一次性告知, R11). */
export interface ItemToTell {
  id: string
  name: string
  materials: Material[]
  notes: string
}

/**
 * One appointment as its window works on it (`counter` `queue.entry`): the
 * queue's line with every item's materials, the service hours the agreed
 * time must fit (R4), and the server's clock, so the page offers only the
 * steps that apply now (R16, R17, R18).
 */
export interface CounterEntryAnswer {
  entry: QueueEntry & { itemsToTell: ItemToTell[] }
  serviceHours: TimeSpan[]
  now: number
}
