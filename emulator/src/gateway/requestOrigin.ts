import type { IncomingMessage } from 'node:http'

/** Same-machine pages (the Taro dev server on another port) may read the dev gateway. */
const LOCAL_ORIGIN = /^https?:\/\/(localhost|127\.0\.0\.1)(:\d+)?$/

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** The origins of the pages the gateway serves itself (the H5 app at `/`). */
function ownOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`]
}

/** Whether a page at `origin` may read the dev gateway's answers (CORS). */
export function isLocalOrigin(origin: string): boolean {
  return LOCAL_ORIGIN.test(origin)
}

/**
 * Why the request is refused, or undefined. Loopback binding keeps other machines out;
 * this keeps out web pages in this machine's browser, which can send requests to
 * 127.0.0.1 too: a DNS-rebound Host is refused, and so is `Origin: null` (a sandboxed
 * frame, a `data:` URL, a file). A browser request that changes anything must come from
 * the gateway's own origin, so no other page, not even one on another local port, can
 * POST /__dev/reset, move the clock or call a function as someone. Requests without an
 * Origin (scripts, tests, the SDK) are not from a browser page.
 */
export function originRefusal(req: IncomingMessage, port: number): string | undefined {
  const host = req.headers.host
  if (host !== undefined && host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return 'the emulator answers only this machine: Host must be 127.0.0.1 or localhost with its port'
  }
  const origin = req.headers.origin
  if (origin === undefined) return undefined
  if (origin === 'null') return 'Origin: null (a sandboxed page, a data: URL or a file) may not use the emulator'
  if (!isLocalOrigin(origin)) return `a page at ${origin} may not use the emulator: Origin must be 127.0.0.1 or localhost`
  if (!SAFE_METHODS.has(req.method ?? '') && !ownOrigins(port).includes(origin)) {
    return `a page at ${origin} may only read: requests that change anything must come from the emulator's own pages (${ownOrigins(port)[0]})`
  }
  return undefined
}

/**
 * Why a request to the SMS stand-in (`/sms`) is refused, or undefined: it comes from the
 * SDK in a function or a test, addressed as `sms.localhost` (loopback, RFC 6761) or the
 * emulator's own host, never from a browser page.
 */
export function smsHostRefusal(req: IncomingMessage, port: number): string | undefined {
  const host = req.headers.host
  if (host !== `sms.localhost:${port}` && host !== `127.0.0.1:${port}` && host !== `localhost:${port}`) {
    return 'the SMS stand-in answers only this machine: Host must be sms.localhost, 127.0.0.1 or localhost with its port'
  }
  if (req.headers.origin !== undefined) return 'a web page may not use the SMS stand-in'
  return undefined
}
