/**
 * Minutes as hours and minutes a person reads (R24), signed when asked.
 * @example formatMinutes(85) // '1小时25分钟'
 * @example formatMinutes(-60, true) // '−1小时'
 */
export function formatMinutes(minutes: number, signed = false): string {
  const sign = minutes < 0 ? '−' : signed && minutes > 0 ? '+' : ''
  const abs = Math.abs(minutes)
  const [h, m] = [Math.floor(abs / 60), abs % 60]
  const text = h && m ? `${h}小时${m}分钟` : h ? `${h}小时` : `${m}分钟`
  return `${sign}${text}`
}
