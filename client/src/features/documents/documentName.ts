/**
 * A document's name as people read it: without the extension, which is a program's word.
 * @example documentName('预约台账_2026年10月1日至2026年10月8日.xlsx') // '预约台账_2026年10月1日至2026年10月8日'
 */
export function documentName(fileName: string): string {
  return fileName.replace(/\.[a-z]+$/, '')
}
