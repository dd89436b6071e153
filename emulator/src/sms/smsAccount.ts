/**
 * The SMS account the stand-in for Tencent Cloud SMS knows (emulator/README.md, "SMS"):
 * its application (SdkAppId), its approved signs and its approved body templates, as the
 * county would apply for them in Tencent's console. Variables are written `{1}`, `{2}`, …
 * as Tencent's templates write them.
 */
export interface SmsTemplate {
  name: string
  text: string
}

export interface SmsAccount {
  sdkAppId: string
  signNames: string[]
  templates: Record<string, SmsTemplate>
  /**
   * Tencent limits each variable's value to 12 characters for an individually verified
   * account (个人认证) and not for an organisation (企业认证); the whole message, sign and
   * values included, is at most 500 characters either way. null: no per-variable limit.
   */
  variableMaxLength: number | null
}

/** Tencent's limit on one message, sign and variables included (InvalidParameterValue.ContentLengthLimit). */
export const MAX_CONTENT_LENGTH = 500

/** The limit of an individually verified account's variable values. */
export const PERSONAL_VARIABLE_MAX_LENGTH = 12

/**
 * The example account: a government service center is an organisation (企业认证). Its ids
 * are examples; shared/settings/sms.ts names the same ones as defaults.
 */
export const EXAMPLE_SMS_ACCOUNT: SmsAccount = {
  sdkAppId: '1400000001',
  signNames: ['沂源县政务服务中心'],
  variableMaxLength: null,
  templates: {
    '2100001': { name: '预约确认', text: '您预约办理的{1}已确认，时间{2}，地点{3}。请带齐：{4}。预约号{5}。如需变更请致电0533-3618118。' },
    '2100002': { name: '预约变更', text: '您预约办理的{1}时间已变更为{2}，地点{3}。预约号{4}。如有疑问请致电0533-3618118。' },
    '2100003': { name: '预约取消', text: '您预约办理的{1}（{2}）已取消。预约号{3}。如需重新预约请致电0533-3618118。' },
    '2100004': { name: '办理提醒', text: '提醒您：预约办理的{1}在{2}，地点{3}。请带齐：{4}。预约号{5}。' },
    '2100005': { name: '办结通知', text: '您预约办理的{1}已办结。预约号{2}。请在登记表上签字确认，感谢您的支持。' },
    '2100006': { name: '投诉处理结果', text: '您反映的问题（{1}）已处理：{2}。如有疑问请致电0533-3618118。' },
  },
}

/** How many variables a template has: the highest `{n}` it names. */
export function variableCount(text: string): number {
  return Math.max(0, ...[...text.matchAll(/\{(\d+)\}/g)].map((m) => Number(m[1])))
}

/** The message a phone shows: 【sign】 then the template with each `{n}` replaced by the n-th value. */
export function renderSms(signName: string, text: string, params: readonly string[]): string {
  return `【${signName}】${text.replace(/\{(\d+)\}/g, (_whole, n: string) => params[Number(n) - 1] ?? '')}`
}
