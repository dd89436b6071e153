import type { DeliveryMethod, Item } from '@shared/items'
import { toNumber } from './toNumber'

/** The guide's fields as the admin types them (一次性告知, R1); every one may stay empty. */
export interface ItemGuideForm {
  conditions: string
  fee: string
  legalDays: string
  promisedDays: string
  location: string
  delivery: DeliveryMethod[]
  phone: string
}

export function emptyGuideForm(): ItemGuideForm {
  return { conditions: '', fee: '', legalDays: '', promisedDays: '', location: '', delivery: [], phone: '' }
}

export function guideFormFromItem(item: Item): ItemGuideForm {
  const days = (n: number | undefined) => (n === undefined ? '' : String(n))
  return {
    conditions: item.conditions ?? '',
    fee: item.fee ?? '',
    legalDays: days(item.legalDays),
    promisedDays: days(item.promisedDays),
    location: item.location ?? '',
    delivery: [...(item.delivery ?? [])],
    phone: item.phone ?? '',
  }
}

/**
 * The guide's part of the `item` sent to the server: a field left blank is
 * left out, which removes it from the saved item (the page then says 请咨询).
 */
export function guideInputFromForm(form: ItemGuideForm): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  for (const key of ['conditions', 'fee', 'location', 'phone'] as const) if (form[key].trim()) out[key] = form[key]
  for (const key of ['legalDays', 'promisedDays'] as const) if (form[key].trim()) out[key] = toNumber(form[key])
  if (form.delivery.length > 0) out.delivery = form.delivery
  return out
}
