/**
 * A write refused because the `_id` (or a unique key) is taken. The platform
 * does not document the code, so the message is read too (platform.md).
 */
export function isDuplicateKey(error: unknown): boolean {
  const e = error as { errMsg?: unknown; message?: unknown } | null
  return /duplicate|E11000/i.test(`${String(e?.errMsg ?? '')} ${String(e?.message ?? '')}`)
}
