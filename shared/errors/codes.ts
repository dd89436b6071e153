/**
 * Stable error codes of the cloud function contract (docs/architecture.md) and the
 * one table of Chinese messages a citizen reads for each. Clients switch on
 * `code`; `message` is shown as it is.
 */
export const ERROR_MESSAGES = {
  INVALID_INPUT: '填写的信息有误，请检查后重试',
  UNAUTHENTICATED: '请在微信中打开后再试',
  FORBIDDEN: '您没有办理此操作的权限',
  NOT_FOUND: '没有找到相关记录',
  CONFLICT: '该记录已被他人修改，请刷新后重试',
  CALENDAR_UNKNOWN: '该年度的节假日安排尚未公布，暂不能预约',
  NOT_A_HOLIDAY: '所选日期不是法定节假日，请在工作日或周末到中心办理',
  BOOKING_CLOSED: '该节假日的预约已截止',
  ITEM_NOT_BOOKABLE: '该事项不提供节假日预约服务',
  INVALID_TRANSITION: '当前状态下不能进行此操作',
  CHANGE_TOO_LATE: '距约定时间不足12小时，不能再变更',
  TOO_EARLY: '还未到可以办理此操作的时间',
  REASON_REQUIRED: '填写的时间或时长与规定或系统记录不一致，请填写原因',
  LIMIT_REACHED: '您在该节假日的预约数量已达上限',
  FORM_NUMBER_MISMATCH: '登记表编号与本预约不符，请核对登记表上的预约编号',
  ALREADY_FILED: '该记录已归档',
  INTERNAL: '系统繁忙，请稍后再试',
} as const

export type ErrorCode = keyof typeof ERROR_MESSAGES

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as ErrorCode[]

/** The Chinese message for a code, for clients that only got the code. */
export function messageFor(code: ErrorCode): string {
  return ERROR_MESSAGES[code]
}
