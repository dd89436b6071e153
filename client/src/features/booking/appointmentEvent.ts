import type { AppointmentView } from '@shared/appointments'
import type { CenterSettings } from '@shared/settings'
import { beijingInstant } from '@shared/time'

/** One appointment as an entry of the phone's calendar. Times are Unix seconds. */
export interface CalendarEvent {
  title: string
  startTime: number
  endTime: number
  allDay: boolean
  location: string
  description: string
}

/** The half-days as the center serves them (R2, R4), for a day not yet agreed to the minute. */
const HALF_DAY_SPANS = { am: ['08:30', '12:00'], pm: ['13:30', '17:00'] } as const

const seconds = (date: string, time: string) => Math.floor(beijingInstant(date, time).getTime() / 1000)

/**
 * The calendar entry for an appointment (Beijing wall time, whatever the
 * phone's zone): the agreed time and its planned minutes once confirmed (R11);
 * before that the half-day asked for, or the whole day, and the note that the
 * window will call to agree the time.
 */
export function appointmentEvent(appointment: Pick<AppointmentView, 'date' | 'halfDay' | 'preferredTime' | 'agreedTime' | 'plannedMinutes'>, itemNames: readonly string[], center: CenterSettings): CalendarEvent {
  const title = `政务服务中心预约办理：${itemNames.join('、') || '节假日预约'}`
  const location = `${center.name}（${center.address}）`
  const bring = `请携带所需材料。咨询电话 ${center.phone}`
  const { date } = appointment
  if (appointment.agreedTime) {
    const start = seconds(date, appointment.agreedTime)
    return { title, startTime: start, endTime: start + (appointment.plannedMinutes ?? 60) * 60, allDay: false, location, description: bring }
  }
  const pending = `办理时间以窗口工作人员电话确认为准。${bring}`
  if (appointment.halfDay) {
    const [from, to] = HALF_DAY_SPANS[appointment.halfDay]
    return { title, startTime: seconds(date, appointment.preferredTime ?? from), endTime: seconds(date, to), allDay: false, location, description: pending }
  }
  if (appointment.preferredTime) {
    const start = seconds(date, appointment.preferredTime)
    return { title, startTime: start, endTime: start + 60 * 60, allDay: false, location, description: pending }
  }
  return { title, startTime: seconds(date, '08:30'), endTime: seconds(date, '17:00'), allDay: true, location, description: pending }
}

/** Text escaped for an iCalendar value (RFC 5545, 3.3.11). */
const icsEscape = (text: string) => text.replace(/[\\;,]/g, (c) => `\\${c}`).replace(/\n/g, '\\n')

/** A UTC iCalendar time: `20261002T003000Z`. */
const icsTime = (unixSeconds: number) => new Date(unixSeconds * 1000).toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '')

/**
 * The event as an `.ics` file, which a phone's browser hands to its calendar:
 * the H5 build's stand-in for WeChat's `addPhoneCalendar`. Times in UTC, so
 * every calendar shows them at the Beijing hour.
 */
export function icsText(event: CalendarEvent, uid: string, now: number): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//yiyuan-zwfw//booking//CN',
    'BEGIN:VEVENT',
    `UID:${uid}@yiyuan-zwfw`,
    `DTSTAMP:${icsTime(Math.floor(now / 1000))}`,
    `DTSTART:${icsTime(event.startTime)}`,
    `DTEND:${icsTime(event.endTime)}`,
    `SUMMARY:${icsEscape(event.title)}`,
    `LOCATION:${icsEscape(event.location)}`,
    `DESCRIPTION:${icsEscape(event.description)}`,
    'END:VEVENT',
    'END:VCALENDAR',
    '',
  ].join('\r\n')
}
