import type { SmsParamSource, SmsTemplateSetting } from '@shared/settings'
import { chineseDate } from '@shared/time'
import type { MessageSources } from './messageData'

/**
 * The longest value one variable gets. Tencent sets no per-variable limit for an
 * organisation's account (企业认证), only 500 characters for the whole message
 * (docs/deploy.md, "SMS"); these keep a message to a few of its 67-character parts.
 */
const MAX_CHARS: Record<SmsParamSource, number> = {
  items: 40,
  materials: 80,
  dateTime: 20,
  window: 30,
  reference: 20,
  complaint: 20,
  resolution: 60,
}

/** A value cut to `max` characters (not UTF-16 units), with … when cut. */
function clip(value: string, max: number): string {
  const chars = [...value.replace(/\s+/g, ' ').trim()]
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('')}…`
}

/** When, as people read it: 2026年10月5日 14:30, or the half day (上午, 下午), or the day alone. */
function when(date: string, time: string | undefined, halfDay: string | undefined): string {
  const day = chineseDate(date)
  if (time) return `${day} ${time}`
  if (halfDay === 'am') return `${day}上午`
  if (halfDay === 'pm') return `${day}下午`
  return day
}

/** What a variable is when its source is empty: Tencent refuses an empty value. */
const FALLBACK: Record<SmsParamSource, string> = {
  items: '预约事项',
  materials: '详见办事指南',
  dateTime: '约定时间',
  window: '沂源县政务服务中心',
  reference: '无',
  complaint: '您的投诉',
  resolution: '已处理',
}

function source(name: SmsParamSource, { message, appointment, items, window }: MessageSources): string {
  const itemsOf = (appointment?.itemIds ?? []).map((id) => items.get(id)).filter((i) => i !== undefined)
  const data = message.data
  switch (name) {
    case 'items':
      return itemsOf.map((i) => i.name).join('、')
    case 'materials':
      return [...new Set(itemsOf.flatMap((i) => i.materials.map((m) => m.name.trim())))].filter(Boolean).join('、')
    case 'dateTime':
      return data.date ? when(data.date, data.time, data.halfDay) : ''
    case 'window':
      return window ? [window.location, `${window.number}号窗口`].filter(Boolean).join(' ') : ''
    case 'reference':
      return appointment?.referenceNo ?? ''
    case 'complaint':
      return data.text ?? ''
    case 'resolution':
      return data.note ?? ''
  }
}

/**
 * The values of an SMS template's variables, `{1}` first (R11, R20): each from its source,
 * on one line, within its length, never empty (Tencent refuses an empty value). Dates and
 * times are written as people read them, never as codes (docs/style.md, 11).
 */
export function smsParams(setting: SmsTemplateSetting, sources: MessageSources): string[] {
  return setting.params.map((name) => clip(source(name, sources) || FALLBACK[name], MAX_CHARS[name]))
}
