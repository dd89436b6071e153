import type { Item } from '@shared/items'
import { describeMaterial } from './describeMaterial'
import type { ServiceWindowLine } from './serviceWindowsOf'

/**
 * The item's materials as plain text, to paste into a chat or a note: one
 * numbered line per material, then the notes, where to go and whom to ask
 * (一次性告知, R1, R11).
 *
 * @example
 * materialListText({ name: '就业创业证申领', notes: '', materials: [{ name: '居民身份证', copies: 1, form: 'original' }] }, [])
 * // '就业创业证申领 所需材料：\n1. 居民身份证（1份 · 原件）'
 */
export function materialListText(item: Pick<Item, 'name' | 'materials' | 'notes' | 'location' | 'phone'>, windows: readonly ServiceWindowLine[]): string {
  const lines = [`${item.name} 所需材料：`]
  if (item.materials.length === 0) lines.push('无需携带材料')
  item.materials.forEach((m, i) => {
    lines.push(`${i + 1}. ${m.name}（${describeMaterial(m)}）${m.note ? `：${m.note}` : ''}`)
  })
  if (item.notes) lines.push(`注意事项：${item.notes}`)
  if (item.location) lines.push(`办理地点：政务服务中心${item.location}`)
  if (windows.length > 0) lines.push(`办理窗口：${windows.map((w) => (w.assisting ? `${w.label}（配合）` : w.label)).join('；')}`)
  if (item.phone) lines.push(`咨询电话：${item.phone}`)
  return lines.join('\n')
}
