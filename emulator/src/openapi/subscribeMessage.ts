import { toBeijingIso } from '../clock/beijingTime'
import type { DevStore, OutboxEntry } from '../devstore/devStore'
import type { SubscribeTemplate } from './templates'
import { checkTemplateValue } from './validateTemplateValue'

/** WeChat's answer body: `{ errcode, errmsg }`. */
export interface WxAnswer {
  errcode: number
  errmsg: string
  [key: string]: unknown
}

export interface SubscribeContext {
  store: DevStore
  templates: () => Record<string, SubscribeTemplate>
  /** the mini-program's page routes, when known; otherwise only the page's form is checked */
  pages?: string[]
  nowMs: () => number
  functionName: string | null
}

const STATES = new Set(['developer', 'trial', 'formal'])
const LANGS = new Set(['zh_CN', 'en_US', 'zh_HK', 'zh_TW'])

const invalid = (what: string): WxAnswer => ({ errcode: 47003, errmsg: `argument invalid! ${what}` })

function checkPage(page: unknown, pages: string[] | undefined): boolean {
  if (page === undefined || page === '') return true
  if (typeof page !== 'string') return false
  const path = page.split('?')[0].replace(/^\//, '')
  if (!/^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(path)) return false
  return !pages || pages.map((p) => p.replace(/^\//, '')).includes(path)
}

function checkData(data: unknown, template: SubscribeTemplate): WxAnswer | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return invalid('data is not an object')
  const given = data as Record<string, unknown>
  for (const key of Object.keys(given)) {
    if (!(key in template.fields)) return invalid(`data.${key} is not a keyword of the template`)
  }
  for (const [key, type] of Object.entries(template.fields)) {
    const entry = given[key] as { value?: unknown } | undefined
    if (entry === undefined) return invalid(`data.${key}.value is empty`)
    const reason = checkTemplateValue(type, typeof entry === 'object' && entry !== null ? entry.value : undefined)
    if (reason) return invalid(`data.${key}.value ${reason}`)
  }
  return null
}

function verdict(params: Record<string, unknown>, ctx: SubscribeContext): WxAnswer {
  const { touser, template_id: templateId, page, data, miniprogram_state: state, lang } = params
  if (typeof touser !== 'string' || !ctx.store.isKnownOpenid(touser)) return { errcode: 40003, errmsg: 'invalid openid' }
  const template = typeof templateId === 'string' ? ctx.templates()[templateId] : undefined
  if (!template) return { errcode: 40037, errmsg: 'invalid template id' }
  if (!checkPage(page, ctx.pages)) return { errcode: 41030, errmsg: 'invalid page' }
  const dataError = checkData(data, template)
  if (dataError) return dataError
  if (state !== undefined && !STATES.has(String(state))) return invalid('miniprogram_state')
  if (lang !== undefined && !LANGS.has(String(lang))) return invalid('lang')
  if (!ctx.store.consumeGrant(touser, templateId as string, template.kind === 'long-term')) return { errcode: 43101, errmsg: 'user refuse to accept the msg' }
  return { errcode: 0, errmsg: 'ok' }
}

/**
 * `subscribeMessage.send` as WeChat answers it. Every attempt, delivered or not, goes to
 * the outbox with its verdict; a delivered one uses up the user's one-time grant, never a
 * long-term one.
 */
export function sendSubscribeMessage(params: Record<string, unknown>, ctx: SubscribeContext): { answer: WxAnswer; entry: OutboxEntry } {
  const answer = verdict(params, ctx)
  return { answer, entry: recordSubscribeAttempt(params, ctx, answer) }
}

/** Puts one attempt in the outbox with its verdict. */
export function recordSubscribeAttempt(params: Record<string, unknown>, ctx: SubscribeContext, answer: WxAnswer): OutboxEntry {
  const text = (v: unknown) => (v === undefined || v === null ? null : String(v))
  return ctx.store.appendOutbox({
    at: toBeijingIso(ctx.nowMs()),
    functionName: ctx.functionName,
    touser: text(params.touser),
    templateId: text(params.template_id),
    page: text(params.page),
    data: params.data ?? null,
    miniprogramState: text(params.miniprogram_state),
    lang: text(params.lang),
    errcode: answer.errcode,
    errmsg: answer.errmsg,
  })
}
