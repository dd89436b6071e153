import { noInputSchema, pageInputSchema, type Page } from '../api'
import { parseNoticeInputSchema, setYearInputSchema, yearRefSchema, type YearCalendar, type YearChange, type YearEntry, type YearProblem } from '../calendar'
import { itemArchiveInputSchema, itemCreateInputSchema, itemUpdateInputSchema, type Item } from '../items'
import { departmentFieldsSchema, staffFieldsSchema, staffRefSchema, windowFieldsSchema, type Department, type ServiceWindow, type StaffView } from '../org'
import type { MessageIssueView } from '../messages'
import { settingsUpdateInputSchema, type Settings } from '../settings'
import { endpoint } from './endpoint'

/** The settings with the version an edit starts from. */
interface VersionedSettings {
  settings: Settings
  version: number
}

/** `admin`: the item list, departments, windows, staff, the holiday calendar and settings (docs/api.md). */
export const adminContract = {
  'items.create': endpoint(itemCreateInputSchema).answers<{ item: Item }>(),
  'items.update': endpoint(itemUpdateInputSchema).answers<{ item: Item }>(),
  'items.archive': endpoint(itemArchiveInputSchema).answers<{ item: Item }>(),
  'departments.upsert': endpoint(departmentFieldsSchema).answers<{ department: Department }>(),
  'windows.upsert': endpoint(windowFieldsSchema).answers<{ window: ServiceWindow }>(),
  'staff.list': endpoint(pageInputSchema).answers<Page<StaffView>>(),
  'staff.upsert': endpoint(staffFieldsSchema).answers<{ staff: StaffView }>(),
  'staff.invite': endpoint(staffRefSchema).answers<{ code: string; expiresAt: number; staffId: string }>(),
  'staff.revoke': endpoint(staffRefSchema).answers<{ staffId: string; active: boolean }>(),
  'calendar.years': endpoint(noInputSchema).answers<{ years: YearEntry[] }>(),
  'calendar.history': endpoint(yearRefSchema).answers<{ changes: YearChange[] }>(),
  'calendar.setYear': endpoint(setYearInputSchema).answers<{ calendar: YearCalendar; version: number }>(),
  'calendar.parseNotice': endpoint(parseNoticeInputSchema).answers<{ proposal: YearCalendar; warnings: string[]; problems: YearProblem[] }>(),
  'settings.get': endpoint(noInputSchema).answers<VersionedSettings>(),
  'settings.update': endpoint(settingsUpdateInputSchema).answers<VersionedSettings>(),
  'messages.issues': endpoint(noInputSchema).answers<{ items: MessageIssueView[] }>(),
}
