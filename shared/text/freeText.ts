import * as v from 'valibot'

/**
 * Control characters (NUL, escape sequences; a line break aside), invisible
 * format characters (right-to-left overrides, zero-width spaces and joiners)
 * and emoji: none belongs in text people type that others read, print on the
 * registration form (R8) and report on (R20, R23). One rule for every
 * free-text field of every input, so no field is the one that lets them in.
 */
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Extended_Pictographic}]/u
const LINE_BREAKS = /[\r\n]/g
const LINE_BREAK = /[\r\n]/

/** True when `text` holds only characters free text may hold (line breaks included). */
export function isPlainText(text: string): boolean {
  return !NOT_TEXT.test(text.replace(LINE_BREAKS, ''))
}

/** Whether a field may run over several lines (a note) or is one line (a name, printed in a table cell). */
export type TextLines = 'many' | 'one'

/** The check every free-text field adds, with a message naming the field. */
const plain = (label: string) => v.check<string, string>(isPlainText, `${label}含有表情或无法识别的字符，请只填写文字`)

/** A one-line field refuses line breaks; a note may hold them. */
const lineCount = (label: string, lines: TextLines) =>
  v.check<string, string>((text) => lines === 'many' || !LINE_BREAK.test(text), `${label}不能换行`)

/**
 * A required text field of at most `max` characters, trimmed, plain text only.
 * @example requiredText('取消原因', 100) // '  有事\u202e ' → 取消原因含有表情或无法识别的字符，请只填写文字
 */
export const requiredText = (label: string, max: number, lines: TextLines = 'many') =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(1, `请填写${label}`),
    v.maxLength(max, `${label}不能超过${max}个字`),
    plain(label),
    lineCount(label, lines),
  )

/** A text field that may be empty, of at most `max` characters, trimmed, plain text only; `v.optional` it with a default. */
export const text = (label: string, max: number, lines: TextLines = 'many') =>
  v.pipe(v.string(`${label}必须是文字`), v.trim(), v.maxLength(max, `${label}不能超过${max}个字`), plain(label), lineCount(label, lines))

/** An optional text field: `text` or absent. */
export const optionalText = (label: string, max: number, lines: TextLines = 'many') => v.optional(text(label, max, lines))
