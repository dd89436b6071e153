/**
 * A number typed into a text box: the number when the text is one, else the
 * text itself, so the schema answers its own message ("…必须是数字").
 */
export function toNumber(text: string): number | string {
  const trimmed = text.trim()
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed
}
