import { createHash, randomBytes } from 'node:crypto'
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

/**
 * The hex SHA-256 of `parts`, joined with a separator no part contains (so
 * `('oA', 'Breq')` is not `('oAB', 'req')`): the body of ids derived from
 * who sent a write and their `requestId` (architecture.md, "A write that may
 * be repeated"), so that a double tap, a retry or simultaneous copies all
 * name one document and the database lets only one insert of it succeed.
 */
export function digestOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}
