/**
 * A small multipart/form-data reader for the SDK's `wx.openApi` requests (sent by the
 * `form-data` package): field name to raw bytes. Files are not expected, so no streaming.
 */
export function parseMultipart(body: Buffer, contentType: string): Record<string, Buffer> {
  const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType)
  if (!match) throw new Error('multipart body without a boundary')
  const delimiter = Buffer.from(`--${match[1] ?? match[2]}`)
  const fields: Record<string, Buffer> = {}
  let start = body.indexOf(delimiter)
  if (start < 0) throw new Error('multipart boundary not found')
  for (;;) {
    const partStart = start + delimiter.length
    if (body.subarray(partStart, partStart + 2).toString() === '--') break
    const next = body.indexOf(delimiter, partStart)
    if (next < 0) throw new Error('unterminated multipart body')
    // each part: CRLF, headers, CRLF CRLF, content, CRLF, then the next delimiter
    const part = body.subarray(partStart + 2, next - 2)
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd < 0) throw new Error('multipart part without headers')
    const headers = part.subarray(0, headerEnd).toString('utf8')
    const name = /name="([^"]*)"/i.exec(headers)?.[1]
    if (name !== undefined) fields[name] = part.subarray(headerEnd + 4)
    start = next
  }
  return fields
}
