import { chineseDate } from '../time'
import type { RescheduleRecord } from './appointment'

/**
 * One reschedule after force majeure (R17) in words, with names, for the
 * section's record page and the printed form: what was stopped and what
 * was arranged. `windowName` and `staffName` answer a name for an id.
 *
 * @example rescheduleText(r, (id) => '2号窗口', (id) => '周萍')
 * // '原定2026年10月2日 09:00由周萍办理，改为2026年10月3日 10:00由孙强办理'
 */
export function rescheduleText(record: RescheduleRecord, windowName: (id: string) => string, staffName: (id: string) => string): string {
  const side = (s: RescheduleRecord['from'], moved: boolean) => {
    const when = `${chineseDate(s.date)}${s.time ? ` ${s.time}` : ''}`
    if (s.staffId) return `${when}由${staffName(s.staffId)}办理`
    if (s.windowId) return `${when}由${windowName(s.windowId)}${moved ? '办理（该窗口负责人分配人员）' : '办理'}`
    return when
  }
  const moved = record.to.windowId !== undefined && record.to.windowId !== record.from.windowId
  return `原定${side(record.from, false)}，改为${side(record.to, moved)}`
}
