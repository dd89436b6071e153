import { noInputSchema, type Page } from '../api'
import { calendarRangeInputSchema, type RangeAnswer, type UpcomingAnswer } from '../calendar'
import { itemRefSchema, itemsListInputSchema, type Item, type ItemSummary } from '../items'
import type { CenterAnswer } from '../settings'
import { redeemInputSchema, type DepartmentWithWindows, type Me, type RedeemedStaff, type ServiceWindow } from '../org'
import type { WeekendWalkInAnswer } from '../duty'
import { endpoint } from './endpoint'

/** `catalog`: what anyone may read, and redeeming a staff invite (docs/api.md). */
export const catalogContract = {
  'items.list': endpoint(itemsListInputSchema).answers<Page<ItemSummary> & { nameMatches?: number }>(),
  'items.get': endpoint(itemRefSchema).answers<{ item: Item; windows: ServiceWindow[] }>(),
  'departments.list': endpoint(noInputSchema).answers<{ departments: DepartmentWithWindows[] }>(),
  'calendar.range': endpoint(calendarRangeInputSchema).answers<RangeAnswer>(),
  'calendar.upcoming': endpoint(noInputSchema).answers<UpcomingAnswer>(),
  'center.get': endpoint(noInputSchema).answers<CenterAnswer>(),
  me: endpoint(noInputSchema).answers<Me>(),
  'staff.redeem': endpoint(redeemInputSchema).answers<RedeemedStaff>(),
  'weekend.walkIn': endpoint(noInputSchema).answers<WeekendWalkInAnswer>(),
}
