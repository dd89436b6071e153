/**
 * Whether the citizen will hear of their appointment by WeChat message, as
 * the appointment page says it right after booking (`notify=on|off`).
 *
 * @example notifySentence(false) // '您未开启消息通知，预约确认、变更和提醒将不会推送，请在“我的预约”中查看进展。'
 */
export function notifySentence(on: boolean): string {
  return on
    ? '已开启消息通知，预约的确认、变更和提醒将通过微信服务通知发送给您。'
    : '您未开启消息通知，预约确认、变更和提醒将不会推送，请在“我的预约”中查看进展。'
}
