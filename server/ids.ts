import { randomBytes } from 'node:crypto'
import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '@shared/org'

/** A new record id such as `item-k3f9x2m1q8`: short, random, safe in a URL. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`
}

/** A new invite code from the look-alike-free alphabet. */
export function newInviteCode(): string {
  const bytes = randomBytes(INVITE_CODE_LENGTH)
  return Array.from(bytes, (b) => INVITE_ALPHABET[b % INVITE_ALPHABET.length]).join('')
}
