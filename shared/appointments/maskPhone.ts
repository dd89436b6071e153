/**
 * A phone number with its middle hidden, for anyone who may not see it whole
 * (see `canSeePhone`): a mobile keeps its first 3 and last 4 digits, a
 * landline its area code and last 4 digits.
 *
 * @example maskPhone('13812345678') // '138****5678'
 * @example maskPhone('0533-3618118') // '0533-***8118'
 */
export function maskPhone(phone: string): string {
  const landline = /^(0\d{2,3}-?)(\d+)(\d{4})$/.exec(phone)
  if (landline) return landline[1] + '*'.repeat(landline[2].length) + landline[3]
  if (phone.length <= 7) return '*'.repeat(phone.length)
  return phone.slice(0, 3) + '*'.repeat(phone.length - 7) + phone.slice(-4)
}
