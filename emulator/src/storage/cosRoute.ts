import type { IncomingMessage, ServerResponse } from 'node:http'

import { readBody } from '../gateway/http'
import type { FileStorage } from './fileStorage'

const CONTENT_TYPES: Record<string, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  txt: 'text/plain; charset=utf-8',
}

/**
 * `/cos/<bucket>/<path>`: the object store behind cloud storage, as COS answers the SDK. PUT
 * is the upload `storage.getUploadMetadata` handed out (its `authorization` and
 * `x-cos-security-token` headers; an empty 200 on success, an XML `<Error>` otherwise, which
 * the SDK parses); GET is a temporary URL (`?sign=…&t=…`), refused with 403 when the
 * signature is not one the emulator made or its time has passed.
 */
export async function handleCos(req: IncomingMessage, res: ServerResponse, storage: FileStorage, url: URL, nowMs: number): Promise<void> {
  const rest = url.pathname.slice('/cos/'.length)
  const slash = rest.indexOf('/')
  const bucket = slash < 0 ? rest : rest.slice(0, slash)
  let cloudPath: string
  try {
    cloudPath = decodeURIComponent(slash < 0 ? '' : rest.slice(slash + 1))
  } catch {
    return cosError(res, 400, 'InvalidURI', 'Could not parse the specified URI.')
  }
  if (bucket !== storage.bucket) return cosError(res, 404, 'NoSuchBucket', 'The specified bucket does not exist.')

  if (req.method === 'PUT') {
    const body = await readBody(req)
    const token = header(req, 'x-cos-security-token')
    const verdict = storage.finishUpload(cloudPath, token, header(req, 'authorization'), body, nowMs)
    if (verdict === 'denied') return cosError(res, 403, 'SignatureDoesNotMatch', 'The Signature you specified is invalid.')
    if (verdict === 'expired') return cosError(res, 403, 'AccessDenied', 'Request has expired')
    res.writeHead(200, { 'content-length': 0 })
    res.end()
    return
  }
  if (req.method === 'GET' || req.method === 'HEAD') {
    const verdict = storage.checkDownload(cloudPath, url.searchParams.get('sign') ?? '', url.searchParams.get('t') ?? '', nowMs)
    if (verdict === 'denied') return cosError(res, 403, 'AccessDenied', 'Access Denied.')
    if (verdict === 'expired') return cosError(res, 403, 'AccessDenied', 'Request has expired')
    const content = storage.read(cloudPath)
    if (!content) return cosError(res, 404, 'NoSuchKey', 'The specified key does not exist.')
    const extension = cloudPath.slice(cloudPath.lastIndexOf('.') + 1).toLowerCase()
    res.writeHead(200, { 'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream', 'content-length': content.length })
    res.end(req.method === 'HEAD' ? undefined : content)
    return
  }
  return cosError(res, 405, 'MethodNotAllowed', 'The specified method is not allowed against this resource.')
}

function header(req: IncomingMessage, name: string): string {
  const value = req.headers[name]
  return typeof value === 'string' ? value : ''
}

function cosError(res: ServerResponse, status: number, code: string, message: string): void {
  const body = `<?xml version='1.0' encoding='utf-8' ?>\n<Error>\n<Code>${code}</Code>\n<Message>${message}</Message>\n<Resource></Resource>\n<RequestId>emulator</RequestId>\n<TraceId>emulator</TraceId>\n</Error>`
  res.writeHead(status, { 'content-type': 'application/xml', 'content-length': Buffer.byteLength(body) })
  res.end(body)
}
