/** Inbox rows for the section's tests, as `inbox.list` answers them. */
import type { Appointment, InboxEntry } from '@shared/appointments'
import { viewOf } from '../booking/fixtures'

export function entryOf(appointment: Partial<Appointment> = {}, over: Partial<InboxEntry> = {}): InboxEntry {
  return {
    appointment: viewOf({ id: 'appt-1', status: 'submitted', version: 1, itemIds: ['item-001'], ...appointment }),
    items: [{ id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg' }],
    leadDepartment: { id: 'dept-scjg', name: '市场监管局' },
    waitingWorkingMinutes: 30,
    overdue: false,
    ...over,
  }
}
