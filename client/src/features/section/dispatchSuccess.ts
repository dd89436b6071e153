/**
 * What the section reads once a dispatch is saved (派单, R9, R10, R13): who
 * was told, and what happens next, since the request then leaves the inbox.
 *
 * @example dispatchSuccess('2号窗口（市场主体登记）', []) // '派单成功，已通知2号窗口（市场主体登记）。下一步：窗口负责人指派经办人，经办人联系申请人确认时间。可在“全部预约”中查看。'
 */
export function dispatchSuccess(lead: string, assisting: readonly string[]): string {
  const also = assisting.length > 0 ? `和配合窗口${assisting.join('、')}` : ''
  return `派单成功，已通知${lead}${also}。下一步：窗口负责人指派经办人，经办人联系申请人确认时间。可在“全部预约”中查看。`
}
