/**
 * The render layer's DOM, installed before any test file loads.
 *
 * `miniprogram-simulate` renders exparser trees into a DOM and synthesizes
 * `tap` from touch events, so it needs `window`, `document`, `CustomEvent`,
 * `TouchEvent`. Those belong to the test's realm only: the mini-program's own
 * code runs in a separate `node:vm` context (see harness.ts) that never sees
 * them, as on a phone the logic layer never sees the webview's DOM.
 */
import { JSDOM } from 'jsdom'

const dom = new JSDOM('<!doctype html><html><head></head><body></body></html>', {
  pretendToBeVisual: true,
  url: 'https://servicewechat.com/',
})
const target = globalThis as Record<string, unknown>
const source = dom.window as unknown as Record<string, unknown>
// Web storage is left out: jest's teardown walks globals and jsdom's storage
// proxies recurse; nothing in the render layer uses them.
const LEFT_OUT = new Set(['localStorage', 'sessionStorage'])
for (const key of Object.getOwnPropertyNames(source)) {
  if (key in target || LEFT_OUT.has(key)) continue
  target[key] = source[key]
}
target.window = dom.window
target.document = dom.window.document
