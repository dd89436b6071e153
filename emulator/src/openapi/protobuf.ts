/**
 * The two protobuf messages of `wx.openApi` (from wx-server-sdk's src/protobuf/openapi.js):
 * the request's `CommApiData { apiType=1, openapiData=2 { pairs=1 { key=1, value=2 } }, appid=6 }`
 * and the answer's `CommOpenApiResp { respData=1, contentType=2, errorCode=3 }`.
 * Hand-written: two messages do not justify a protobuf dependency.
 */

interface Field {
  no: number
  value: number | Buffer
}

function readVarint(buf: Buffer, pos: number): [number, number] {
  let result = 0
  let shift = 0
  for (;;) {
    if (pos >= buf.length) throw new Error('truncated varint')
    const byte = buf[pos++]
    result += (byte & 0x7f) * 2 ** shift
    if ((byte & 0x80) === 0) return [result, pos]
    shift += 7
    if (shift > 63) throw new Error('varint too long')
  }
}

function readFields(buf: Buffer): Field[] {
  const fields: Field[] = []
  let pos = 0
  while (pos < buf.length) {
    const [tag, afterTag] = readVarint(buf, pos)
    const no = Math.floor(tag / 8)
    const wireType = tag & 7
    pos = afterTag
    if (wireType === 0) {
      const [value, next] = readVarint(buf, pos)
      fields.push({ no, value })
      pos = next
    } else if (wireType === 2) {
      const [length, start] = readVarint(buf, pos)
      if (start + length > buf.length) throw new Error('truncated field')
      fields.push({ no, value: buf.subarray(start, start + length) })
      pos = start + length
    } else if (wireType === 1) {
      pos += 8
    } else if (wireType === 5) {
      pos += 4
    } else {
      throw new Error(`unsupported wire type ${wireType}`)
    }
  }
  return fields
}

export interface OpenApiRequest {
  apiType: number
  appid?: string
  /** each pair's value parsed as the JSON the SDK wrote (strings stay raw when not JSON) */
  params: Record<string, unknown>
}

/** Decodes the `requestData` part of a `wx.openApi` call. Throws on bytes that are not one. */
export function decodeOpenApiRequest(buf: Buffer): OpenApiRequest {
  const request: OpenApiRequest = { apiType: 0, params: {} }
  for (const field of readFields(buf)) {
    if (field.no === 1 && typeof field.value === 'number') request.apiType = field.value
    else if (field.no === 6 && Buffer.isBuffer(field.value)) request.appid = field.value.toString('utf8')
    else if (field.no === 2 && Buffer.isBuffer(field.value)) {
      for (const pair of readFields(field.value)) {
        if (pair.no !== 1 || !Buffer.isBuffer(pair.value)) continue
        const kv = readFields(pair.value)
        const key = kv.find((f) => f.no === 1)?.value
        const value = kv.find((f) => f.no === 2)?.value
        if (!Buffer.isBuffer(key)) continue
        const text = Buffer.isBuffer(value) ? value.toString('utf8') : ''
        try {
          request.params[key.toString('utf8')] = JSON.parse(text)
        } catch {
          request.params[key.toString('utf8')] = text
        }
      }
    }
  }
  return request
}

function varint(n: number): Buffer {
  const bytes: number[] = []
  // negative int32 values are written as 64-bit two's complement, ten bytes
  let v = n < 0 ? BigInt.asUintN(64, BigInt(n)) : BigInt(n)
  do {
    let byte = Number(v & 0x7fn)
    v >>= 7n
    if (v > 0n) byte |= 0x80
    bytes.push(byte)
  } while (v > 0n)
  return Buffer.from(bytes)
}

function bytesField(no: number, value: Buffer): Buffer {
  return Buffer.concat([varint(no * 8 + 2), varint(value.length), value])
}

/** Encodes WeChat's answer: a JSON body, or a system error code (e.g. -604101) with no body. */
export function encodeOpenApiResponse(answer: { json?: unknown; errorCode?: number }): Buffer {
  const parts: Buffer[] = []
  if (answer.json !== undefined) {
    parts.push(bytesField(1, Buffer.from(JSON.stringify(answer.json), 'utf8')))
    parts.push(bytesField(2, Buffer.from('application/json; charset=UTF-8', 'utf8')))
  }
  if (answer.errorCode) parts.push(Buffer.concat([varint(3 * 8), varint(answer.errorCode)]))
  return Buffer.concat(parts)
}
