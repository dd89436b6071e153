import { INVITE_ALPHABET, INVITE_CODE_LENGTH } from '@shared/org'
import { newInviteCode } from './ids'

/** Bytes handed out in order, as many as asked each time. */
const bytesFrom = (...values: number[]) => {
  let at = 0
  return (size: number) => Uint8Array.from({ length: size }, () => values[at++ % values.length])
}

describe('invite codes (issue 13, item 7)', () => {
  it('skips the bytes that would favour the first characters (no modulo bias)', () => {
    // 250 % 31 = 2 would be 'C'; 250 is past 248, the largest multiple of 31, so it is drawn again
    expect(newInviteCode(bytesFrom(250, 5))).toBe('F'.repeat(INVITE_CODE_LENGTH))
  })

  it('gives each character of the alphabet the same number of byte values', () => {
    const counts = new Map<string, number>()
    for (let byte = 0; byte < 256; byte++) {
      const ch = newInviteCode(bytesFrom(byte, 0))[0]
      if (byte < 248) counts.set(ch, (counts.get(ch) ?? 0) + 1)
      else expect(ch).toBe(INVITE_ALPHABET[0]) // redrawn from the next byte, 0
    }
    expect(new Set(counts.values())).toEqual(new Set([8]))
    expect(counts.size).toBe(INVITE_ALPHABET.length)
  })

  it('draws 8 characters of the alphabet from real random bytes', () => {
    expect(newInviteCode()).toMatch(new RegExp(`^[${INVITE_ALPHABET}]{${INVITE_CODE_LENGTH}}$`))
  })
})
