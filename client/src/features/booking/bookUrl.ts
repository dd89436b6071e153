import type { CivilDate } from '@shared/time'

/** What the book page starts from: items, a holiday by name, a day inside it. */
export interface BookPreset {
  itemIds?: readonly string[]
  holiday?: string
  date?: CivilDate
}

/**
 * The book page with a holiday (from home), or the items and day of a
 * cancelled appointment (重新预约) already chosen.
 * @example bookUrl({ holiday: '国庆节' }) // '/packages/citizen/pages/book/index?holiday=%E5%9B%BD%E5%BA%86%E8%8A%82'
 * @example bookUrl({ itemIds: ['item-001', 'item-006'], date: '2026-10-02' }) // '/packages/citizen/pages/book/index?itemIds=item-001%2Citem-006&date=2026-10-02'
 */
export function bookUrl(preset: BookPreset = {}): string {
  const params = [
    preset.itemIds?.length ? `itemIds=${encodeURIComponent(preset.itemIds.join(','))}` : '',
    preset.holiday ? `holiday=${encodeURIComponent(preset.holiday)}` : '',
    preset.date ? `date=${encodeURIComponent(preset.date)}` : '',
  ].filter(Boolean)
  return `/packages/citizen/pages/book/index${params.length ? `?${params.join('&')}` : ''}`
}

/**
 * The book page's parameters back as a preset; `itemId` is the item page's
 * single item. Taro hands parameters over decoded on some platforms and not on
 * others, so each is decoded once more where it still carries an escape.
 * @example presetOf({ itemIds: 'item-001%2Citem-006', holiday: '国庆节' }) // { itemIds: ['item-001', 'item-006'], holiday: '国庆节', date: undefined }
 */
export function presetOf(params: Partial<Record<string, string>>): BookPreset {
  const read = (value: string | undefined) => (value && /%[0-9A-Fa-f]{2}/.test(value) ? decodeURIComponent(value) : value)
  const ids = read(params.itemIds) ?? read(params.itemId) ?? ''
  return { itemIds: ids.split(',').filter(Boolean), holiday: read(params.holiday), date: read(params.date) }
}
