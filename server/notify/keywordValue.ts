import type { KeywordType } from '@shared/settings'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g
const HAN = /[\p{Script=Han}·]/u

const chars = (text: string) => [...text]

/** Newlines, tabs and other control characters become one space; runs of spaces one space. */
export function plainText(text: string): string {
  return text.replace(CONTROL, ' ').replace(/\s+/g, ' ').trim()
}

/** At most `max` characters (code points), the last one `…` when cut. */
export function truncate(text: string, max: number): string {
  const all = chars(text)
  return all.length <= max ? text : `${all.slice(0, max - 1).join('')}…`
}

/**
 * A civil date as WeChat's `date` keyword shows it.
 * @example chineseDate('2026-10-02') // '2026年10月2日'
 */
export function chineseDate(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  return m && realDate(Number(m[1]), Number(m[2]), Number(m[3])) ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : ''
}

function realDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

function chineseDay(text: string): string {
  const m = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(text)
  return m && realDate(Number(m[1]), Number(m[2]), Number(m[3])) ? text : ''
}

/** `H:mm` or `HH:mm` as `HH:mm`, else ''. */
export function clockTime(time: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(time.trim())
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) return ''
  return `${m[1].padStart(2, '0')}:${m[2]}`
}

/**
 * A keyword value within its type's limit by construction (docs/platform.md,
 * "Subscription messages"): `thing` ≤ 20 characters, `name` ≤ 10 Chinese
 * characters (or ≤ 20 letters), `phrase` ≤ 5 Chinese characters,
 * `character_string` ≤ 32 printable ASCII, `number` and `phone_number` their
 * digits, `date` `2026年10月2日`, `time` `09:00` or `2026年10月2日 09:00`
 * (either may be a range `a~b`); never a control character. A value that
 * cannot be made valid becomes the `fallback` (itself made valid), else
 * a neutral placeholder: a keyword is never empty.
 */
export function keywordValue(type: KeywordType, raw: string | undefined, fallback?: string): string {
  const value = fit(type, plainText(raw ?? ''))
  if (value) return value
  const second = fallback === undefined ? '' : fit(type, plainText(fallback))
  return second || PLACEHOLDER[type]
}

const PLACEHOLDER: Record<KeywordType, string> = {
  thing: '详见小程序',
  name: '申请人',
  phrase: '详见',
  character_string: '-',
  number: '0',
  phone_number: '-',
  time: '00:00',
  date: '1970年1月1日',
}

function fit(type: KeywordType, text: string): string {
  if (!text) return ''
  switch (type) {
    case 'thing':
      return truncate(text, 20)
    case 'name': {
      if (HAN.test(text)) return chars(text).filter((c) => HAN.test(c)).slice(0, 10).join('')
      return text.replace(/[^A-Za-z .'-]/g, '').trim().slice(0, 20)
    }
    case 'phrase':
      return chars(text).filter((c) => /\p{Script=Han}/u.test(c)).slice(0, 5).join('')
    case 'character_string':
      return text.replace(/[^\x21-\x7e]/g, '').slice(0, 32)
    case 'number': {
      const m = /-?\d+(\.\d+)?/.exec(text)
      return m ? m[0].slice(0, 32) : ''
    }
    case 'phone_number':
      return text.replace(/[^\d+\-() ]/g, '').trim().slice(0, 17)
    case 'date':
      return dateValue(text)
    case 'time':
      return timeValue(text)
  }
}

/** `2026-10-02`, `2026年10月2日`, optionally with ` 09:00`. */
function datePoint(text: string): string {
  const [date, time] = text.split(' ')
  const day = chineseDate(date) || chineseDay(date)
  if (!day) return ''
  if (time === undefined) return day
  const clock = clockTime(time)
  return clock ? `${day} ${clock}` : day
}

function timePoint(text: string): string {
  const parts = text.split(' ')
  if (parts.length === 1) return clockTime(parts[0])
  const day = datePoint(parts[0])
  const clock = clockTime(parts[1] ?? '')
  return day && clock ? `${day} ${clock}` : ''
}

const range = (text: string, point: (t: string) => string) => {
  const ends = text.split('~').map((s) => point(s.trim()))
  return ends.length <= 2 && ends.every(Boolean) ? ends.join('~') : ''
}

const dateValue = (text: string) => range(text, datePoint)
const timeValue = (text: string) => range(text, timePoint)
