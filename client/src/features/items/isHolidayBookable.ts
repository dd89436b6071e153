import type { Item } from '@shared/items'

/**
 * Whether a citizen may ask for a holiday appointment (节假日预约, R4) for
 * this item: it offers that mode and is still on the list (R1). The server
 * decides again when the request arrives (`ITEM_NOT_BOOKABLE`).
 *
 * @example isHolidayBookable({ modes: ['walk-in', 'appointment'], active: true }) // true
 */
export function isHolidayBookable(item: Pick<Item, 'modes' | 'active'>): boolean {
  return item.active && item.modes.includes('appointment')
}
