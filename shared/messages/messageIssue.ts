/**
 * A message the outbox could not deliver, as the admin reads it (R11, R20): what kind,
 * by which channel, to whom, why in Chinese, and when — never a code (docs/style.md, 11).
 */
export interface MessageIssueView {
  id: string
  /** 预约确认, 预约变更, … */
  kindName: string
  /** 微信订阅消息 or 短信 */
  channelName: string
  /** 申请人, 窗口工作人员, 管理科 */
  toName: string
  /** 未发送 (skipped) or 发送失败 (failed) */
  statusName: string
  reason: string
  /** when it was queued (epoch ms) */
  at: number
  /** the appointment's reference number (预约编号, R8), when it is about one that has one */
  referenceNo?: string
}

/** What the outbox record says of its last attempt. */
export interface IssueSource {
  channel?: 'subscription' | 'sms'
  status: string
  errCode?: number
  errMsg?: string
  code?: string
}

/** Tencent Cloud SMS codes as the admin reads them (emulator/README.md, "SMS"). */
const SMS_REASONS: [RegExp, string][] = [
  [/^InvalidParameterValue\.IncorrectPhoneNumber$/, '手机号码有误，短信无法送达'],
  [/^FailedOperation\.PhoneNumberInBlacklist$/, '该号码已退订或在运营商免打扰名单中'],
  [/^LimitExceeded\./, '发给该号码的短信过于频繁，已达频率上限'],
  [/^(InternalError|RequestLimitExceeded|ResourceUnavailable)/, '短信服务暂时不可用'],
  [/^AuthFailure\.|^MissingKeyPair$/, '短信密钥未配置或有误，请联系部署人员检查短信密钥'],
  [/^FailedOperation\.(SignatureIncorrectOrUnapproved|TemplateIncorrectOrUnapproved|TemplateParamSetNotMatchApprovedTemplate)$|^InvalidParameterValue\.SdkAppIdNotExist$/, '短信应用、签名或模板与腾讯云审核通过的不一致，请核对短信设置'],
  [/^InvalidParameterValue\./, '短信内容不符合腾讯云的要求'],
]

/** WeChat's subscription-message codes as the admin reads them (docs/platform.md). */
const WECHAT_REASONS: Record<number, string> = {
  43101: '用户未订阅此消息或已用完',
  47003: '消息内容不符合模板要求',
  40003: '用户身份无效',
  40037: '订阅消息模板编号有误，请核对消息模板设置',
  41030: '消息跳转的页面不存在',
}

/**
 * Why a message was not delivered, in Chinese: the outbox's own Chinese reason when it
 * wrote one (no template set, a landline), else Tencent's or WeChat's code read out,
 * else the network.
 *
 * @example issueReason({ channel: 'sms', status: 'failed', code: 'LimitExceeded.PhoneNumberDailyLimit' }) // '发给该号码的短信过于频繁，已达频率上限'
 */
export function issueReason(source: IssueSource): string {
  const message = source.errMsg ?? ''
  if (/[\u4e00-\u9fa5]/.test(message) && !/^[A-Za-z.]+:/.test(message)) return message.replace(/^no grant: /, '')
  if (source.channel === 'sms') {
    const code = source.code ?? ''
    if (code === '') return '网络异常，短信未能送达短信服务'
    return SMS_REASONS.find(([pattern]) => pattern.test(code))?.[1] ?? '短信发送失败'
  }
  if (/^no template set/.test(message)) return '未设置此类消息的订阅消息模板，未发送'
  if (message.startsWith('no recipient')) return '没有可接收消息的人员（未绑定微信）'
  return WECHAT_REASONS[source.errCode ?? 0] ?? '微信消息发送失败（网络或系统繁忙）'
}
