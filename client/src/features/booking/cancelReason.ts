/** The reasons most applicants give, offered to tap in the cancel dialog (R15). */
export const COMMON_CANCEL_REASONS = ['时间有冲突，来不了', '材料没准备齐', '已在别处办好', '不需要办理了', '身体不适'] as const

/**
 * The one reason stored with a cancellation (R15), as today's free text:
 * a tapped reason, what was typed, or both joined.
 * @example cancelReason('材料没准备齐', '户口本找不到') // '材料没准备齐：户口本找不到'
 * @example cancelReason(undefined, ' 行程有变 ') // '行程有变'
 */
export function cancelReason(chosen: string | undefined, typed: string): string {
  const text = typed.trim()
  if (chosen && text) return `${chosen}：${text}`
  return chosen ?? text
}
