/**
 * The items of an appointment by name, for a list row; an item no longer on
 * the list still counts, so the row never claims fewer items than it has.
 * @example itemNamesOf(['item-006', 'item-x'], new Map([['item-006', '社会保障卡申领与补换']])) // '社会保障卡申领与补换 等2项'
 */
export function itemNamesOf(itemIds: readonly string[], names: ReadonlyMap<string, string>): string {
  const known = itemIds.map((id) => names.get(id)).filter((n): n is string => Boolean(n))
  if (known.length === 0) return `办理事项 ${itemIds.length} 项`
  return known.length === itemIds.length ? known.join('、') : `${known.join('、')} 等${itemIds.length}项`
}
