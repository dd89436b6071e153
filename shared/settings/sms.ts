import * as v from 'valibot'
import { MESSAGE_KINDS, type MessageKind } from './templates'

/**
 * What an SMS template's variables `{1}`, `{2}`, … are filled with, in order (R11, R20):
 * `items` the items' names, `materials` what to bring (一次性告知), `dateTime` the agreed
 * date and time as people read them (2026年10月5日 14:30, or 上午/下午), `window` the lead
 * window's place, number and name, `reference` the reference number (预约编号, R8),
 * `complaint` the complaint's words in short, `resolution` the section's answer.
 */
export const SMS_PARAM_SOURCES = ['items', 'materials', 'dateTime', 'window', 'reference', 'complaint', 'resolution'] as const
export type SmsParamSource = (typeof SMS_PARAM_SOURCES)[number]

/** One kind's approved Tencent Cloud SMS body template: its id and its variables' sources, `{1}` first. */
export interface SmsTemplateSetting {
  templateId: string
  params: SmsParamSource[]
}

/**
 * Tencent Cloud SMS for applicants without the mini-program (R11, R20; docs/deploy.md):
 * the SMS application (SdkAppId), the approved sign (签名) and each message kind's approved
 * template. A kind without a template is not sent by SMS: its outbox record ends `skipped`
 * saying so. The key pair is not a setting: it comes from the scheduler's environment.
 */
export interface SmsSettings {
  sdkAppId: string
  signName: string
  templates: Partial<Record<MessageKind, SmsTemplateSetting | null>>
}

// The emulator's example account (emulator/src/sms/smsAccount.ts): replace with the center's own.
export const DEFAULT_SMS: SmsSettings = {
  sdkAppId: '1400000001',
  signName: '沂源县政务服务中心',
  templates: {
    confirmed: { templateId: '2100001', params: ['items', 'dateTime', 'window', 'materials', 'reference'] },
    changed: { templateId: '2100002', params: ['items', 'dateTime', 'window', 'reference'] },
    cancelled: { templateId: '2100003', params: ['items', 'dateTime', 'reference'] },
    reminder: { templateId: '2100004', params: ['items', 'dateTime', 'window', 'materials', 'reference'] },
    completed: { templateId: '2100005', params: ['items', 'reference'] },
    complaint_resolved: { templateId: '2100006', params: ['complaint', 'resolution'] },
  },
}

const smsTemplateSchema = v.object({
  templateId: v.pipe(v.string('请填写短信模板编号'), v.regex(/^\d{1,12}$/, '短信模板编号应为数字（腾讯云短信控制台中的模板ID）')),
  params: v.pipe(v.array(v.picklist(SMS_PARAM_SOURCES, '短信模板变量取值不正确'), '短信模板变量格式不正确'), v.maxLength(10, '短信模板变量不能超过10个')),
})

/** A patch of the SMS settings; a kind set to null has no SMS template (its messages are skipped). */
export const smsPatchSchema = v.pipe(
  v.object(
    {
      sdkAppId: v.optional(v.pipe(v.string('请填写短信应用编号'), v.regex(/^\d{10}$/, '短信应用编号（SDK AppID）应为10位数字'))),
      signName: v.optional(v.pipe(v.string('请填写短信签名'), v.regex(/^[\u4e00-\u9fa5A-Za-z0-9]{2,12}$/, '短信签名应为2至12个汉字、字母或数字，且须已在腾讯云审核通过'))),
      templates: v.optional(v.record(v.picklist(MESSAGE_KINDS, '消息类型不正确'), v.nullable(smsTemplateSchema), '短信模板设置格式不正确')),
    },
    '短信设置格式不正确',
  ),
  v.check((patch) => Object.keys(patch).length > 0, '没有要修改的短信设置'),
)

/** The SMS settings as stored over the defaults: stored templates replace their kind's default only. */
export function smsWithDefaults(stored: Partial<SmsSettings> | undefined): SmsSettings {
  return { ...DEFAULT_SMS, ...(stored ?? {}), templates: { ...DEFAULT_SMS.templates, ...(stored?.templates ?? {}) } }
}
