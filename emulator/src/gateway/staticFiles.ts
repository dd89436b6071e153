import { createReadStream, existsSync, statSync } from 'node:fs'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'

import { sendJson } from './http'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
}

function fileAt(root: string, urlPath: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const file = resolve(join(root, decoded))
  if (file !== root && !file.startsWith(root + sep)) return undefined
  if (!existsSync(file)) return undefined
  const stat = statSync(file)
  if (stat.isFile()) return file
  const index = join(file, 'index.html')
  return stat.isDirectory() && existsSync(index) ? index : undefined
}

/**
 * Serves the H5 build. A path that names no file and has no extension is a client-side
 * route, answered with index.html (SPA); a missing asset is a 404.
 */
export function serveStatic(req: IncomingMessage, res: ServerResponse, h5Root: string | undefined, urlPath: string): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    sendJson(res, 405, { error: `${req.method} is not allowed here` }, { allow: 'GET, HEAD' })
    return
  }
  const root = h5Root ? resolve(h5Root) : undefined
  if (!root || !existsSync(join(root, 'index.html'))) {
    sendJson(res, 404, { error: 'no H5 build to serve: build the client first (client/dist/h5)' })
    return
  }
  let file = fileAt(root, urlPath)
  if (!file && extname(urlPath) === '') file = join(root, 'index.html')
  if (!file) {
    sendJson(res, 404, { error: `not found: ${urlPath}` })
    return
  }
  const type = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  const isHtml = type.startsWith('text/html')
  res.writeHead(200, {
    'content-type': type,
    'content-length': statSync(file).size,
    'cache-control': isHtml ? 'no-cache' : 'public, max-age=300',
    'x-content-type-options': 'nosniff',
  })
  if (req.method === 'HEAD') res.end()
  else createReadStream(file).pipe(res)
}
