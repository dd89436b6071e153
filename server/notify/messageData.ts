import { statusName, type Appointment } from '@shared/appointments'
import type { Item } from '@shared/items'
import type { ServiceWindow } from '@shared/org'
import type { KeywordSource, TemplateSetting } from '@shared/settings'
import type { OutboxMessage } from './outboxRepository'
import { keywordValue } from './keywordValue'

/** The centre's hours of a half day (R7), for a time keyword before a time is agreed. */
const HALF_DAY_HOURS = { am: ['08:30', '12:00'], pm: ['13:30', '17:00'] } as const

/** What the keywords are filled from. */
export interface MessageSources {
  message: Pick<OutboxMessage, 'appointmentId' | 'subject' | 'data'>
  appointment: Appointment | null
  items: ReadonlyMap<string, Pick<Item, 'name' | 'materials'>>
  window: Pick<ServiceWindow, 'number' | 'name' | 'location'> | null
  /**
   * Whether the recipient sees the applicant's phone whole in the app
   * (`canSeePhone`). When not, the message carries no phone at all: a
   * `phone_number` keyword cannot hold a masked one, so it gets its fallback.
   */
  seesPhone: boolean
}

/** The parameters of `subscribeMessage.send` besides `touser`. */
export interface SendPayload {
  templateId: string
  page?: string
  data: Record<string, { value: string }>
}

/** `2026-10-02 09:00`, or the half day's hours as a range, or the whole day's. */
function when(date: string, time: string | undefined, halfDay: string | undefined): string {
  if (time) return `${date} ${time}`
  const [start, end] = halfDay === 'am' || halfDay === 'pm' ? HALF_DAY_HOURS[halfDay] : [HALF_DAY_HOURS.am[0], HALF_DAY_HOURS.pm[1]]
  return `${date} ${start}~${date} ${end}`
}

function source(name: KeywordSource, { message, appointment, items, window, seesPhone }: MessageSources): string {
  const itemsOf = (appointment?.itemIds ?? []).map((id) => items.get(id)).filter((i) => i !== undefined)
  const snapshot = message.data
  switch (name) {
    case 'items':
      return itemsOf.map((i) => i.name).join('、')
    case 'materials':
      return [...new Set(itemsOf.flatMap((i) => i.materials.map((m) => m.name.trim())))].filter(Boolean).join('、')
    case 'date':
      return snapshot.date
    case 'dateTime':
      return when(snapshot.date, snapshot.time, snapshot.halfDay)
    case 'proposedDateTime': {
      const change = appointment?.change
      if (!change || (!change.newDate && !change.newTime)) return when(snapshot.date, snapshot.time, snapshot.halfDay)
      return when(change.newDate ?? snapshot.date, change.newTime ?? snapshot.time, snapshot.halfDay)
    }
    case 'window':
      return window ? [window.location, `${window.number}号窗口`, window.name].filter(Boolean).join(' ') : ''
    case 'applicantName':
      return appointment?.applicant.name ?? ''
    case 'applicantPhone':
      return seesPhone ? (appointment?.applicant.phone ?? '') : ''
    case 'status':
      return appointment ? statusName(appointment.status) : snapshot.status
    case 'reference':
      // 预约编号 as the citizen saw it on success (R8); a record made before numbering has none, and the keyword its placeholder.
      return appointment?.referenceNo ?? ''
    case 'complaint':
      return snapshot.text ?? ''
    case 'resolution':
      return snapshot.note ?? ''
    case 'text':
      return ''
  }
}

/**
 * The message a template setting makes of an appointment: each keyword from
 * its source, within its type's limit (`keywordValue`); the page with the
 * appointment's id (R11: the confirmation and the reminder link to it).
 */
export function messagePayload(setting: TemplateSetting, sources: MessageSources): SendPayload {
  const data: Record<string, { value: string }> = {}
  for (const mapping of setting.keywords) {
    const raw = mapping.source === 'text' ? (mapping.text ?? '') : source(mapping.source, sources)
    data[mapping.key] = { value: keywordValue(mapping.type, raw, mapping.text) }
  }
  return {
    templateId: setting.templateId,
    ...(setting.page ? { page: setting.page.replace('{id}', encodeURIComponent(sources.message.appointmentId ?? sources.message.subject?.id ?? '')) } : {}),
    data,
  }
}
