import { issueReason } from './messageIssue'

describe('why a message was not delivered, as the admin reads it (R11, R20)', () => {
  it.each([
    ['an SMS kind without a template', { channel: 'sms' as const, status: 'skipped', errMsg: '未设置“预约确认”的短信模板，短信未发送；请管理员在设置中填写短信模板编号' }, '未设置“预约确认”的短信模板，短信未发送；请管理员在设置中填写短信模板编号'],
    ['a landline', { channel: 'sms' as const, status: 'failed', errMsg: '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人' }, '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人'],
    ['a frequency limit', { channel: 'sms' as const, status: 'failed', code: 'LimitExceeded.PhoneNumberOneHourLimit', errMsg: 'LimitExceeded.PhoneNumberOneHourLimit: the number…' }, '发给该号码的短信过于频繁，已达频率上限'],
    ['an outage', { channel: 'sms' as const, status: 'failed', code: 'InternalError.Timeout', errMsg: 'InternalError.Timeout: x' }, '短信服务暂时不可用'],
    ['the network', { channel: 'sms' as const, status: 'failed', code: '', errMsg: 'network: socket hang up' }, '网络异常，短信未能送达短信服务'],
    ['a template Tencent did not approve', { channel: 'sms' as const, status: 'failed', code: 'FailedOperation.TemplateIncorrectOrUnapproved' }, '短信应用、签名或模板与腾讯云审核通过的不一致，请核对短信设置'],
    ['no key pair', { channel: 'sms' as const, status: 'failed', code: 'MissingKeyPair', errMsg: 'MissingKeyPair: 未配置短信密钥（SMS_SECRET_ID、SMS_SECRET_KEY），短信未发送' }, '短信密钥未配置或有误，请联系部署人员检查短信密钥'],
    ['a subscription nobody allowed', { status: 'skipped', errCode: 43101, errMsg: 'no grant: 用户未订阅此消息，未发送' }, '用户未订阅此消息，未发送'],
    ['a subscription kind without a template', { status: 'skipped', errMsg: 'no template set for reminder' }, '未设置此类消息的订阅消息模板，未发送'],
    ['WeChat refusing the data', { status: 'failed', errCode: 47003, errMsg: 'argument invalid! data.thing1.value invalid' }, '消息内容不符合模板要求'],
  ])('%s', (_case, source, reason) => {
    expect(issueReason(source)).toBe(reason)
    expect(reason).not.toMatch(/[A-Za-z]/)
  })
})
