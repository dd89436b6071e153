import type { FileRecordsAnswer } from '@shared/appointments'

/**
 * What a filing did, in words for the section (R19): how many were filed and
 * the archive numbers given, then each record refused with its reason.
 * @example filingOutcome({ filed: [a1, a2], refused: [] }) // '已归档 2 条，归档号 2026-G-0001 至 2026-G-0002'
 */
export function filingOutcome(answer: FileRecordsAnswer): string {
  const numbers = answer.filed.map((a) => a.filing?.archiveNo).filter((n): n is string => Boolean(n))
  const head = numbers.length ? `已归档 ${numbers.length} 条，归档号 ${numbers[0]}${numbers.length > 1 ? ` 至 ${numbers[numbers.length - 1]}` : ''}` : '没有记录被归档'
  return answer.refused.length ? `${head}；${answer.refused.length} 条未归档：${answer.refused.map((r) => r.message).join('；')}` : head
}
