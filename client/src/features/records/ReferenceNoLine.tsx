import { Text } from '@tarojs/components'

/**
 * 预约编号 2026-000123 (R8): the number the citizen, the desk, the staff and
 * the printed form all quote. A record made before numbering shows nothing.
 */
export function ReferenceNoLine({ referenceNo, muted = false }: { referenceNo?: string; muted?: boolean }) {
  if (!referenceNo) return null
  return <Text className={`line reference-no${muted ? ' muted' : ''}`}>预约编号 {referenceNo}</Text>
}
