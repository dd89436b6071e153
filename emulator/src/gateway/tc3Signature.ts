import { createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { IncomingHttpHeaders } from 'node:http'

/** A key pair the emulator accepts, as a CloudBase environment accepts its account's API key. */
export interface SecretKeyPair {
  secretId: string
  secretKey: string
}

/** One `/tcb` request as it arrived, with its body already read. */
export interface SignedRequest {
  method: string
  /** `req.url`: the path and the query string */
  url: string
  headers: IncomingHttpHeaders
  /** the body's fields: the JSON object's values, or each multipart part's bytes */
  params: Record<string, unknown>
}

export type SignatureCheck = { ok: true } | { ok: false; code: 'SIGN_PARAM_INVALID'; message: string }

/**
 * Tencent Cloud refuses a signature whose timestamp is more than five minutes from its
 * clock (AuthFailure.SignatureExpire), so a captured request cannot be replayed for long.
 */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60

const AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/tcb\/tc3_request,(?: SignedParams=[^,]*,)? SignedHeaders=([a-z0-9;%._-]+), Signature=([0-9a-f]{64})$/

/** Headers the emulator acts on: a request must have signed them, or anyone could change them. */
const MUST_SIGN = ['host', 'content-type']
const MUST_SIGN_WHEN_SENT = ['x-tcb-source']

const refuse = (message: string): SignatureCheck => ({ ok: false, code: 'SIGN_PARAM_INVALID', message })
const sha256 = (data: string) => createHash('sha256').update(data).digest('hex')
const hmac = (key: string | Buffer, data: string) => createHmac('sha256', key).update(data).digest()

/**
 * Checks a request signed as @cloudbase/node-sdk signs every CloudBase call (through
 * @cloudbase/signature-nodejs, TC3-HMAC-SHA256 with service `tcb`): the canonical request
 * is the method, `//host/path`, the query string, the signed headers (lower-cased values)
 * and a SHA-256 over every body field in sorted order, so changing the body, the URL, a
 * signed header or the `X-Timestamp` breaks the signature. `nowSeconds` is wall-clock
 * time, not the emulator's settable clock: the signer's clock is the real one.
 */
export function checkTc3Signature(request: SignedRequest, key: SecretKeyPair, nowSeconds: number): SignatureCheck {
  const authorization = header(request.headers, 'authorization')
  if (!authorization) return refuse('the request is not signed: no Authorization header (give wx-server-sdk the emulator\'s SecretId and SecretKey)')
  const parts = AUTHORIZATION.exec(authorization)
  if (!parts) return refuse('the Authorization header is not a TC3-HMAC-SHA256 signature for service tcb')
  const [, secretId, date, signedHeaderList, signature] = parts
  if (secretId !== key.secretId) return refuse(`SecretId ${secretId} is not this emulator's`)

  const timestampText = header(request.headers, 'x-timestamp') ?? ''
  if (!/^\d{1,12}$/.test(timestampText)) return refuse('X-Timestamp must be the signature\'s time in seconds')
  const timestamp = Number(timestampText)
  if (Math.abs(nowSeconds - timestamp) > MAX_SIGNATURE_AGE_SECONDS) {
    return refuse(`the signature's timestamp is more than ${MAX_SIGNATURE_AGE_SECONDS} seconds from now: sign it again`)
  }
  if (date !== new Date(timestamp * 1000).toISOString().slice(0, 10)) return refuse('the credential\'s date is not the timestamp\'s')

  const signedHeaders = signedHeaderList.split(';')
  const unsigned = [...MUST_SIGN, ...MUST_SIGN_WHEN_SENT.filter((name) => request.headers[name] !== undefined)].filter(
    (name) => !signedHeaders.includes(name),
  )
  if (unsigned.length) return refuse(`the signature must cover the header(s) ${unsigned.join(', ')}`)
  const canonicalHeaders: string[] = []
  for (const name of signedHeaders) {
    const value = header(request.headers, name)
    if (value === undefined) return refuse(`the signed header ${name} is missing`)
    canonicalHeaders.push(`${name}:${canonicalHeaderValue(name, value)}\n`)
  }

  const [path, query = ''] = splitOnce(request.url, '?')
  const host = header(request.headers, 'host')
  const payloadHash = hashParams(request.params)
  const scope = `${date}/tcb/tc3_request`
  const signingKey = hmac(hmac(hmac(`TC3${key.secretKey}`, date), 'tcb'), 'tc3_request')
  const expected = Buffer.from(signature, 'hex')
  // node-sdk signs the method as each module spells it ('post' mostly, 'POST' in places)
  const methods = [request.method.toLowerCase(), request.method.toUpperCase()]
  const matches = methods.some((method) => {
    const canonicalRequest = [method, `//${host}${path}`, query, canonicalHeaders.join(''), signedHeaderList, payloadHash].join('\n')
    const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${scope}\n${sha256(canonicalRequest)}`
    return timingSafeEqual(hmac(signingKey, stringToSign), expected)
  })
  return matches ? { ok: true } : refuse('the signature does not match the request (wrong SecretKey, or the request was changed after signing)')
}

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name]
  return Array.isArray(value) ? value.join(', ') : value
}

/** The signer lower-cases header values and keeps only the type of a multipart body (its boundary is chosen later). */
function canonicalHeaderValue(name: string, value: string): string {
  const lower = value.trim().toLowerCase()
  return name === 'content-type' && lower.startsWith('multipart/form-data') ? 'multipart/form-data' : lower
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator)
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)]
}

/**
 * The signer's hash of the body: each field as `&<lower-cased key>=<value>\r\n` in sorted key
 * order, a string trimmed, any other JSON value stringified, bytes as they are; empty
 * values are left out. Nested objects hash as their JSON, which a JSON round trip keeps.
 */
function hashParams(params: Record<string, unknown>): string {
  const fields = new Map<string, string | Buffer>()
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue
    const text = Buffer.isBuffer(value) ? value : typeof value === 'string' ? value.trim() : JSON.stringify(value).trim()
    fields.set(camSafeEncode(key.toLowerCase().trim()), text)
  }
  const hash = createHash('sha256')
  for (const key of [...fields.keys()].sort((a, b) => a.localeCompare(b))) {
    const value = fields.get(key)!
    if (value.length === 0) continue
    hash.update(`&${key}=`).update(value).update('\r\n')
  }
  return hash.digest('hex')
}

function camSafeEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`)
}

/** A Tencent Cloud API 3.0 request (`sms`, …) as it arrived: the body's raw bytes are what was signed. */
export interface ApiRequest {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Buffer
}

export type ApiSignatureCheck = { ok: true } | { ok: false; code: string; message: string }

const API_AUTHORIZATION =
  /^TC3-HMAC-SHA256 Credential=([^/\s]+)\/(\d{4}-\d{2}-\d{2})\/([a-z0-9-]+)\/tc3_request, SignedHeaders=([a-z0-9;._-]+), Signature=([0-9a-f]{64})$/

/**
 * Checks the TC3-HMAC-SHA256 signature of a Tencent Cloud API 3.0 request, as the SDKs
 * (tencentcloud-sdk-nodejs-common's `sign3`) make it for `service`: the canonical request
 * is the method, the path, the query, the signed headers (`content-type` and `host`, the host
 * without its port), and the SHA-256 of the body; the credential scope names the date and
 * the service. Answers Tencent's own codes (AuthFailure.*) so the SDK throws what the real
 * service would make it throw.
 */
export function checkApiSignature(request: ApiRequest, key: SecretKeyPair, service: string, nowSeconds: number): ApiSignatureCheck {
  const fail = (code: string, message: string): ApiSignatureCheck => ({ ok: false, code, message })
  const authorization = header(request.headers, 'authorization')
  const parts = authorization ? API_AUTHORIZATION.exec(authorization) : null
  if (!parts) return fail('AuthFailure.InvalidAuthorization', 'Authorization header is not a TC3-HMAC-SHA256 signature.')
  const [, secretId, date, signedService, signedHeaderList, signature] = parts
  if (secretId !== key.secretId) return fail('AuthFailure.SecretIdNotFound', 'The SecretId is not found, please ensure that your SecretId is correct.')
  if (signedService !== service) return fail('AuthFailure.InvalidAuthorization', `The credential scope names service ${signedService}, not ${service}.`)
  const timestampText = header(request.headers, 'x-tc-timestamp') ?? ''
  const timestamp = Number(timestampText)
  if (!/^\d{1,12}$/.test(timestampText) || Math.abs(nowSeconds - timestamp) > MAX_SIGNATURE_AGE_SECONDS) {
    return fail('AuthFailure.SignatureExpire', 'Signature expired. Timestamp and server time cannot differ by more than 5 minutes.')
  }
  if (date !== new Date(timestamp * 1000).toISOString().slice(0, 10)) return fail('AuthFailure.SignatureFailure', 'The credential date is not the timestamp\'s.')
  const signedHeaders = signedHeaderList.split(';')
  if (!signedHeaders.includes('host') || !signedHeaders.includes('content-type')) return fail('AuthFailure.InvalidAuthorization', 'The signature must cover content-type and host.')
  const canonicalHeaders = signedHeaders.map((name) => {
    const value = header(request.headers, name) ?? ''
    return `${name}:${name === 'host' ? value.replace(/:\d+$/, '').toLowerCase() : value.trim()}\n`
  })
  const [path, query = ''] = splitOnce(request.url, '?')
  const canonicalRequest = [request.method.toUpperCase(), path, query, canonicalHeaders.join(''), signedHeaderList, sha256Bytes(request.body)].join('\n')
  const stringToSign = `TC3-HMAC-SHA256\n${timestamp}\n${date}/${service}/tc3_request\n${sha256(canonicalRequest)}`
  const signingKey = hmac(hmac(hmac(`TC3${key.secretKey}`, date), service), 'tc3_request')
  const matches = timingSafeEqual(hmac(signingKey, stringToSign), Buffer.from(signature, 'hex'))
  return matches ? { ok: true } : fail('AuthFailure.SignatureFailure', 'The provided credentials could not be validated. Please check your signature is correct.')
}

const sha256Bytes = (data: Buffer) => createHash('sha256').update(data).digest('hex')
