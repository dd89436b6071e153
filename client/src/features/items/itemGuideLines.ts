import { DELIVERY_METHOD_NAMES, workingDaysText, type Item } from '@shared/items'

/** The center's own line (R7), for an item whose department gave no number of its own. */
export const CENTER_PHONE = '0533-3618118'

/** Read where the item says nothing: the citizen asks rather than guesses. */
export const ASK = '请咨询'

export interface GuideLine {
  label: string
  value: string
}

/**
 * The guide's facts in the order a citizen asks them (一次性告知, R1): what it
 * costs, how long it may take by law and as the center promises, and how the
 * result comes back. A fact the item does not have yet reads 请咨询, next to
 * the phone to ask (`consultPhone`).
 */
export function itemGuideLines(item: Pick<Item, 'fee' | 'legalDays' | 'promisedDays' | 'delivery'>): GuideLine[] {
  const days = (n: number | undefined) => (n === undefined ? ASK : workingDaysText(n))
  return [
    { label: '收费标准', value: item.fee || ASK },
    { label: '法定办结时限', value: days(item.legalDays) },
    { label: '承诺办结时限', value: days(item.promisedDays) },
    { label: '结果送达方式', value: item.delivery?.length ? item.delivery.map((d) => DELIVERY_METHOD_NAMES[d]).join('、') : ASK },
  ]
}

/** The number to call about the item: its department's, else the center's. */
export function consultPhone(item: Pick<Item, 'phone'>): string {
  return item.phone || CENTER_PHONE
}
