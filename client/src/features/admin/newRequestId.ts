const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'

/**
 * A fresh id for one repeatable write (`requestIdSchema`: 8–64 letters,
 * digits, `_`, `-`). The server makes the item's id from it (`item-<id>`),
 * so it stays well under the 64 characters an id may have. The mini-program
 * has no `crypto.getRandomValues`; 24 random characters are plenty to keep two
 * forms apart.
 */
export function newRequestId(random: () => number = Math.random): string {
  let id = ''
  for (let i = 0; i < 24; i++) id += ALPHABET[Math.floor(random() * ALPHABET.length)]
  return id
}
