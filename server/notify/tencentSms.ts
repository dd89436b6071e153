import { lookup } from 'node:dns'
import { Agent } from 'node:http'
import { sms } from 'tencentcloud-sdk-nodejs-sms'

/** One SMS to one number, as `SendSms` (2021-01-11) takes it. */
export interface SmsRequest {
  sdkAppId: string
  signName: string
  templateId: string
  params: string[]
  /** E.164, `+8613812345678` */
  phoneNumber: string
}

/** The number's result from `SendStatusSet`: `Ok`, or Tencent's code and message. */
export interface SmsStatus {
  code: string
  message: string
}

/**
 * Sends one SMS and answers the number's status. A request Tencent refuses as a whole
 * (`Response.Error`: a bad signature, template, sign, an outage) or that never got an
 * answer (the network) is thrown as `{ code, message }` (`code` '' for the network).
 */
export type SmsSendFn = (request: SmsRequest) => Promise<SmsStatus>

/** Tencent Cloud SMS's production endpoint. */
export const SMS_PRODUCTION_ENDPOINT = 'sms.tencentcloudapi.com'

/** The region named in every request (2021-01-11 requires one; mainland SMS is served from any). */
export const SMS_REGION = 'ap-guangzhou'

/** The code of a sender that has no key pair: nothing is sent, the admin sets SMS_SECRET_ID and SMS_SECRET_KEY (docs/deploy.md). */
export const NO_KEY_PAIR = 'MissingKeyPair'

/**
 * `SMS_ENDPOINT` as the SDK's ClientProfile takes it: the production host over https, or a
 * URL with its protocol (the emulator's `http://sms.localhost:<port>/sms`). The SDK names
 * the signature's service after the endpoint's first label, so a stand-in is reached as
 * `sms.<host>`.
 */
export function smsEndpoint(value: string | undefined): { protocol: string; endpoint: string } {
  const text = (value ?? '').trim() || SMS_PRODUCTION_ENDPOINT
  const match = /^(https?:\/\/)(.+)$/.exec(text)
  return match ? { protocol: match[1], endpoint: match[2] } : { protocol: 'https://', endpoint: text }
}

/**
 * `*.localhost` is loopback (RFC 6761), which the operating system's resolver may not know:
 * an agent that connects such a name to 127.0.0.1. Only the emulator's endpoint has one.
 */
function loopbackAgent(): Agent {
  type Callback = (error: Error | null, address: string | { address: string; family: number }[], family?: number) => void
  const resolve = (hostname: string, options: { all?: boolean }, callback: Callback) => {
    if (hostname !== 'localhost' && !hostname.endsWith('.localhost')) return lookup(hostname, options, callback as never)
    // Node asks for every address (`all`) when it may try several families in turn
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }])
    else callback(null, '127.0.0.1', 4)
  }
  return new Agent({ keepAlive: true, lookup: resolve } as ConstructorParameters<typeof Agent>[0])
}

/** A sender over Tencent Cloud SMS's SDK with a key pair and an endpoint (docs/deploy.md, "SMS"). */
export function tencentSmsSender(options: { endpoint?: string; secretId?: string; secretKey?: string }): SmsSendFn {
  const { secretId, secretKey } = options
  if (!secretId || !secretKey) {
    return async () => {
      throw { code: NO_KEY_PAIR, message: '未配置短信密钥（SMS_SECRET_ID、SMS_SECRET_KEY），短信未发送' }
    }
  }
  const { protocol, endpoint } = smsEndpoint(options.endpoint)
  const host = endpoint.split('/')[0].replace(/:\d+$/, '')
  const client = new sms.v20210111.Client({
    credential: { secretId, secretKey },
    region: SMS_REGION,
    profile: {
      httpProfile: { endpoint, protocol, reqTimeout: 10, ...(host.endsWith('.localhost') ? { agent: loopbackAgent() } : {}) },
    },
  })
  return async (request) => {
    let answer
    try {
      answer = await client.SendSms({
        SmsSdkAppId: request.sdkAppId,
        SignName: request.signName,
        TemplateId: request.templateId,
        TemplateParamSet: request.params,
        PhoneNumberSet: [request.phoneNumber],
      })
    } catch (error) {
      const e = error as { code?: unknown; message?: unknown }
      throw { code: typeof e?.code === 'string' ? e.code : '', message: String(e?.message ?? error).slice(0, 300) }
    }
    const status = answer.SendStatusSet?.[0]
    return status ? { code: status.Code ?? '', message: status.Message ?? '' } : { code: 'InternalError', message: 'no SendStatusSet in the answer' }
  }
}

/** The scheduler's sender: the key pair and the endpoint from its environment (cloudbaserc.json; the emulator sets the endpoint to itself). */
export function smsSenderFromEnv(): SmsSendFn {
  return tencentSmsSender({ endpoint: process.env.SMS_ENDPOINT, secretId: process.env.SMS_SECRET_ID, secretKey: process.env.SMS_SECRET_KEY })
}
