/**
 * The mainland mobile number an SMS goes to, in E.164 (`+8613812345678`), or null when
 * the phone cannot receive SMS: a landline (`0533-3618118`), a short or foreign number
 * (R7, R11). Spaces and dashes are ignored; `+86`, `0086` and `86` prefixes are read as
 * Tencent reads them.
 *
 * @example smsNumber('138 1234 5678') // '+8613812345678'
 * @example smsNumber('0533-3618118') // null
 */
export function smsNumber(phone: string): string | null {
  const compact = phone.replace(/[\s-]/g, '')
  const mobile = /^(?:\+86|0086|86)?(1[3-9]\d{9})$/.exec(compact)?.[1]
  return mobile ? `+86${mobile}` : null
}

/** What the desk is told when it registers a number that cannot receive SMS (R11): not refused, only told. */
export const CANNOT_RECEIVE_SMS = '该号码不能接收短信，请电话告知申请人'
