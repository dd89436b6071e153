import type { IncomingMessage, ServerResponse } from 'node:http'

export const MAX_BODY_BYTES = 5 * 1024 * 1024

/** A request the gateway refuses, answered as JSON with its status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }
}

export function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      // past the limit, read on and drop: the client then gets the 413 instead of a reset
      if (size > MAX_BODY_BYTES) chunks = []
      else chunks.push(chunk)
    })
    req.on('end', () =>
      size > MAX_BODY_BYTES ? reject(new HttpError(413, `body larger than ${MAX_BODY_BYTES} bytes`)) : resolve(Buffer.concat(chunks)),
    )
    req.on('error', reject)
  })
}

/** The body as JSON; an empty body is `{}`. */
export function parseJson(body: Buffer): unknown {
  const text = body.toString('utf8').trim()
  if (text === '') return {}
  try {
    return JSON.parse(text)
  } catch {
    throw new HttpError(400, 'body is not valid JSON')
  }
}

export function parseJsonObject(body: Buffer): Record<string, unknown> {
  const value = parseJson(body)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HttpError(400, 'body must be a JSON object')
  return value as Record<string, unknown>
}

export function sendJson(res: ServerResponse, status: number, value: unknown, headers: Record<string, string> = {}): void {
  const body = JSON.stringify(value)
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(body), ...headers })
  res.end(body)
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (res.headersSent) {
    res.end()
    return
  }
  if (error instanceof HttpError) sendJson(res, error.status, { error: error.message, ...error.extra })
  else sendJson(res, 500, { error: error instanceof Error ? error.message : String(error) })
}
