import * as v from 'valibot'

/**
 * Control characters (a line break aside), invisible format characters such
 * as bidi overrides, and emoji: none belongs in a comment, complaint or note
 * that the section reads, prints and reports on (R20, R23).
 */
const NOT_TEXT = /[\p{Cc}\p{Cf}\p{Extended_Pictographic}]/u
const LINE_BREAKS = /[\r\n]/g

/** True when `text` holds only characters a comment may hold. */
function isPlainText(text: string): boolean {
  return !NOT_TEXT.test(text.replace(LINE_BREAKS, ''))
}

/** A required text field of at most `max` characters, trimmed, plain text only. */
export const requiredFeedbackText = (label: string, max: number) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(1, `请填写${label}`),
    v.maxLength(max, `${label}不能超过${max}个字`),
    v.check(isPlainText, `${label}含有表情或无法识别的字符，请只填写文字`),
  )

/** An optional text field of at most `max` characters, trimmed, plain text only. */
export const optionalFeedbackText = (label: string, max: number) =>
  v.optional(
    v.pipe(
      v.string(`${label}必须是文字`),
      v.trim(),
      v.maxLength(max, `${label}不能超过${max}个字`),
      v.check(isPlainText, `${label}含有表情或无法识别的字符，请只填写文字`),
    ),
  )
