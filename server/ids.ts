import { createHash, randomBytes } from 'node:crypto'
import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '@shared/org'

/** A new record id such as `item-k3f9x2m1q8`: short, random, safe in a URL. */
export function newId(prefix: string): string {
  return `${prefix}-${randomBytes(8).toString('hex')}`
}

/**
 * A new invite code from the look-alike-free alphabet, every character
 * equally likely: a byte is used only below the largest multiple of the
 * alphabet's size (248 for 31 characters), since `byte % 31` over all 256
 * values would favour the first 8 characters (modulo bias). `random` is the
 * source of bytes, `randomBytes` but for tests.
 */
export function newInviteCode(random: (size: number) => Uint8Array = randomBytes): string {
  const n = INVITE_ALPHABET.length
  const below = 256 - (256 % n)
  let code = ''
  while (code.length < INVITE_CODE_LENGTH) {
    for (const byte of random(INVITE_CODE_LENGTH)) {
      if (byte < below && code.length < INVITE_CODE_LENGTH) code += INVITE_ALPHABET[byte % n]
    }
  }
  return code
}

/**
 * The hex SHA-256 of `parts`, joined with a separator no part contains (so
 * `('oA', 'Breq')` is not `('oAB', 'req')`): the body of ids derived from
 * who sent a write and their `requestId` (docs/architecture.md, "A write that may
 * be repeated"), so that a double tap, a retry or simultaneous copies all
 * name one document and the database lets only one insert of it succeed.
 */
export function digestOf(...parts: string[]): string {
  return createHash('sha256').update(parts.join('\u0000')).digest('hex')
}
