import type { TemplateFieldType } from './templates'

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/
const CJK = /\p{Script=Han}/u
const ONLY_CJK = /^[\p{Script=Han}·]+$/u

const DATE_CN = /^(\d{4})年(\d{1,2})月(\d{1,2})日$/
const DATE_ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const TIME = /^(\d{1,2}):(\d{2})(?::(\d{2}))?$/

function validDate(text: string): boolean {
  const m = DATE_CN.exec(text) ?? DATE_ISO.exec(text)
  if (!m) return false
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const d = new Date(Date.UTC(year, month - 1, day))
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day
}

function validTime(text: string): boolean {
  const m = TIME.exec(text)
  return !!m && Number(m[1]) < 24 && Number(m[2]) < 60 && (m[3] === undefined || Number(m[3]) < 60)
}

/** `15:01`, `2019年10月1日 15:01`, `2019-10-01 15:01` */
function validTimePoint(text: string): boolean {
  const parts = text.split(' ')
  if (parts.length === 1) return validTime(parts[0])
  return parts.length === 2 && validDate(parts[0]) && validTime(parts[1])
}

/** `2019年10月1日`, `2019-10-01`, either with ` 15:01` */
function validDatePoint(text: string): boolean {
  const parts = text.split(' ')
  if (parts.length === 1) return validDate(parts[0])
  return parts.length === 2 && validDate(parts[0]) && validTime(parts[1])
}

/** WeChat allows a range of two points joined by `~` in time and date keywords. */
function validRange(text: string, point: (t: string) => boolean): boolean {
  const ends = text.split('~').map((s) => s.trim())
  return ends.length <= 2 && ends.every(point)
}

const length = (text: string) => [...text].length

/**
 * Whether a keyword value is within its type's limit, as WeChat checks it before sending
 * (docs/platform.md): the reason when it is not, or null.
 */
export function checkTemplateValue(type: TemplateFieldType, value: unknown): string | null {
  if (typeof value !== 'string') return 'is not a string'
  if (value.length === 0) return 'is empty'
  if (CONTROL.test(value)) return 'contains a newline or control character'
  switch (type) {
    case 'thing':
      return length(value) <= 20 ? null : 'exceeds 20 characters'
    case 'name':
      if (CJK.test(value)) return ONLY_CJK.test(value) && length(value) <= 10 ? null : 'must be at most 10 Chinese characters'
      return /^[A-Za-z .'-]{1,20}$/.test(value) ? null : 'must be at most 20 letters'
    case 'phrase':
      return ONLY_CJK.test(value) && length(value) <= 5 ? null : 'must be at most 5 Chinese characters'
    case 'character_string':
      return /^[\x21-\x7e]{1,32}$/.test(value) ? null : 'must be at most 32 letters, digits or symbols'
    case 'number':
      return /^-?\d+(\.\d+)?$/.test(value) && value.replace(/\D/g, '').length <= 32 ? null : 'must be at most 32 digits'
    case 'phone_number':
      return /^[\d+\-() ]{1,17}$/.test(value) ? null : 'must be at most 17 digits or symbols'
    case 'letter':
      return /^[A-Za-z]{1,32}$/.test(value) ? null : 'must be at most 32 letters'
    case 'symbol':
      return /^[^\p{L}\p{N}\s]{1,5}$/u.test(value) ? null : 'must be at most 5 symbols'
    case 'amount':
      return /^[¥$€]?\d{1,11}(\.\d{1,2})?元?$/.test(value) ? null : 'must be an amount'
    case 'time':
      return validRange(value, validTimePoint) ? null : 'is not a time like 15:01 or 2019年10月1日 15:01'
    case 'date':
      return validRange(value, validDatePoint) ? null : 'is not a date like 2019年10月1日 or 2019-10-01'
  }
}
