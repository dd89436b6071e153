import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import { toBeijingIso } from '../clock/beijingTime'
import type { FiredTrigger } from '../clock/triggerScheduler'
import type { InvocationResult } from '../host/functionHost'
import { parseSendFaults } from '../openapi/faults'
import { mintPhoneCode } from '../openapi/phoneNumber'
import { parseSmsFaults } from '../sms/smsFaults'
import type { GatewayContext } from './context'
import { HttpError, parseJsonObject, readBody, sendJson } from './http'

const OPENID = /^[A-Za-z0-9_-]{1,64}$/
/** an instant must say its offset: a bare local time would depend on the host's zone */
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const MAX_ADVANCE_MINUTES = 10 * 366 * 24 * 60

/** What the mini-program's `Taro.cloud.callFunction` would reject with. */
function callError(result: Extract<InvocationResult, { ok: false }>) {
  const reason = result.errCode === -504002 ? 'functions execute fail' : 'function not found'
  return {
    errCode: result.errCode,
    errMsg: `cloud.callFunction:fail Error: errCode: ${result.errCode} ${reason} | errMsg: ${result.message}`,
    requestId: result.requestId,
  }
}

const summary = (fired: FiredTrigger) => ({
  functionName: fired.functionName,
  triggerName: fired.triggerName,
  time: fired.time,
  requestId: fired.result.requestId,
  ok: fired.result.ok,
  ...(fired.result.ok ? { value: fired.result.value } : { errCode: fired.result.errCode, errMsg: fired.result.message }),
})

/** Stats keep what an invocation cost, not what it answered. */
const withoutValue = (result: InvocationResult) => Object.fromEntries(Object.entries(result).filter(([key]) => key !== 'value'))

function clockState(ctx: GatewayContext) {
  return { now: toBeijingIso(ctx.clock.nowMs()), offsetMs: ctx.clock.offsetMs() }
}

async function callFunction(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext, name: string): Promise<void> {
  if (req.method !== 'POST') throw new HttpError(405, 'call a function with POST')
  const event = parseJsonObject(await readBody(req))
  const header = req.headers['x-openid']
  let openid = typeof header === 'string' ? header.trim() : ''
  if (openid && !OPENID.test(openid)) throw new HttpError(400, 'X-OpenId must be 1-64 letters, digits, _ or -')
  // a caller with no identity is a citizen opening the mini-program for the first time
  if (!openid) openid = `oANON_${randomBytes(10).toString('hex')}`
  if (!ctx.host.exists(name)) throw new HttpError(404, `no cloud function ${name}`, { errCode: -501000, errMsg: `FunctionName ${name} could not be found` })
  // WeChat knows every user who has opened the mini-program: they can receive messages
  ctx.devStore.addKnownOpenid(openid)
  // as WeChat does for calls from the mini-program, the event carries the caller
  const withCaller = { ...event, userInfo: { appId: ctx.appid, openId: openid } }
  const result = await ctx.host.invoke(name, withCaller, { openid, source: 'wx_client', clientIp: '127.0.0.1' })
  const headers = { 'x-openid': openid, 'x-request-id': result.requestId, 'x-db-requests': String(result.dbRequests) }
  if (result.ok) sendJson(res, 200, result.value, headers)
  else sendJson(res, 500, callError(result), headers)
}

async function postClock(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext): Promise<void> {
  const body = parseJsonObject(await readBody(req))
  let moved: { from: number; to: number }
  if (typeof body.now === 'string') {
    if (!ISO_WITH_OFFSET.test(body.now) || Number.isNaN(Date.parse(body.now))) {
      throw new HttpError(400, 'now must be an ISO time with its offset, e.g. 2026-09-24T10:00:00+08:00')
    }
    moved = ctx.clock.set(Date.parse(body.now))
  } else if (body.advanceMinutes !== undefined) {
    const minutes = body.advanceMinutes
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || Math.abs(minutes) > MAX_ADVANCE_MINUTES) {
      throw new HttpError(400, 'advanceMinutes must be a number of minutes')
    }
    moved = ctx.clock.advance(minutes * 60_000)
  } else if (body.reset === true) {
    const from = ctx.clock.nowMs()
    ctx.clock.reset()
    moved = { from, to: ctx.clock.nowMs() }
  } else {
    throw new HttpError(400, 'give { now } or { advanceMinutes } or { reset: true }')
  }
  const fired = await ctx.scheduler.clockMoved(moved.from, moved.to)
  sendJson(res, 200, { ...clockState(ctx), fired: fired.map(summary) })
}

async function subscribe(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext): Promise<void> {
  const body = parseJsonObject(await readBody(req))
  const header = req.headers['x-openid']
  const openid = typeof body.openid === 'string' ? body.openid : typeof header === 'string' ? header : ''
  if (!OPENID.test(openid)) throw new HttpError(400, 'openid (or X-OpenId) is required')
  const ids = body.tmplIds
  if (!Array.isArray(ids) || ids.length === 0 || !ids.every((id) => typeof id === 'string')) {
    throw new HttpError(400, 'tmplIds must be a non-empty array of template ids')
  }
  // WeChat: at most 3 templates per request, and every one must exist
  if (ids.length > 3) throw new HttpError(400, 'at most 3 tmplIds per request', { errCode: 20003 })
  const templates = ctx.templates()
  const unknown = ids.filter((id) => !templates[id])
  if (unknown.length) throw new HttpError(400, `unknown template ids: ${unknown.join(', ')}`, { errCode: 20001 })
  // WeChat: one call cannot mix one-time and long-term templates
  const longTerm = new Set(ids.filter((id) => templates[id].kind === 'long-term'))
  if (longTerm.size > 0 && longTerm.size < new Set(ids).size) {
    throw new HttpError(400, 'one-time and long-term tmplIds cannot be mixed in one request', { errCode: 20002 })
  }
  const rejected = new Set(Array.isArray(body.reject) ? body.reject.map(String) : [])
  const accepted = ids.filter((id) => !rejected.has(id))
  ctx.devStore.addKnownOpenid(openid)
  ctx.devStore.addGrants(openid, accepted, longTerm)
  ctx.devStore.switchOffGrants(openid, ids.filter((id) => rejected.has(id) && longTerm.has(id)))
  sendJson(res, 200, {
    errMsg: 'requestSubscribeMessage:ok',
    ...Object.fromEntries(ids.map((id) => [id, rejected.has(id) ? 'reject' : 'accept'])),
  })
}

async function phoneCode(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext): Promise<void> {
  const body = parseJsonObject(await readBody(req))
  const phone = body.phoneNumber === undefined ? '13800138000' : body.phoneNumber
  if (typeof phone !== 'string' || !/^\+?\d[\d-]{5,16}$/.test(phone)) throw new HttpError(400, 'phoneNumber must be a phone number')
  sendJson(res, 200, mintPhoneCode(ctx.devStore, phone, ctx.clock.nowMs()))
}

const faultState = (ctx: GatewayContext) => ({ ...ctx.faults.state(), sms: ctx.sms.faults.state() })

/**
 * `{ subscribeMessage: { rate, errors } | null }` (../openapi/faults.ts) and/or
 * `{ sms: { rate, errors } | null }` (../sms/smsFaults.ts). A body naming only `sms`
 * leaves the subscription-message faults as they are; any other body sets them.
 */
async function postFaults(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext): Promise<void> {
  const body = parseJsonObject(await readBody(req))
  const unknown = Object.keys(body).filter((key) => key !== 'subscribeMessage' && key !== 'sms')
  if (unknown.length) throw new HttpError(400, `no faults for ${unknown.join(', ')}: only subscribeMessage and sms`)
  const onlySms = 'sms' in body && !('subscribeMessage' in body)
  const parsed = onlySms ? null : parseSendFaults(body.subscribeMessage ?? null)
  if (typeof parsed === 'string') throw new HttpError(400, parsed)
  const sms = 'sms' in body ? parseSmsFaults(body.sms) : undefined
  if (typeof sms === 'string') throw new HttpError(400, sms)
  if (!onlySms) ctx.faults.set(parsed)
  if (sms !== undefined) ctx.sms.faults.set(sms)
  sendJson(res, 200, faultState(ctx))
}

function limitOf(url: URL, fallback: number): number {
  const n = Number(url.searchParams.get('limit') ?? fallback)
  return Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : fallback
}

/** The dev gateway under `/__dev/`: loopback only, never part of WeChat's surface. */
export async function handleDev(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext, url: URL): Promise<void> {
  const path = url.pathname.slice('/__dev/'.length)
  const [head, ...rest] = path.split('/')
  const arg = rest.length === 1 ? decodeURIComponent(rest[0]) : undefined
  const route = `${req.method} ${head}${rest.length ? '/:arg' : ''}`

  switch (route) {
    case 'POST call/:arg':
      return callFunction(req, res, ctx, arg!)
    case 'GET identities':
      return sendJson(res, 200, ctx.identities())
    case 'GET clock':
      return sendJson(res, 200, clockState(ctx))
    case 'POST clock':
      return postClock(req, res, ctx)
    case 'GET outbox':
      return sendJson(res, 200, { messages: ctx.devStore.listOutbox(limitOf(url, 200)) })
    case 'GET stats':
      return sendJson(res, 200, { invocations: ctx.host.stats().slice(-limitOf(url, 50)).map(withoutValue) })
    case 'GET functions':
      return sendJson(res, 200, { functions: ctx.host.list().map((name) => ({ name, ...ctx.host.config(name) })) })
    case 'POST triggers/:arg': {
      if (!ctx.host.exists(arg!)) throw new HttpError(404, `no cloud function ${arg}`)
      const fired = await ctx.scheduler.fireNow(arg!)
      if (!fired) throw new HttpError(404, `function ${arg} has no timer trigger`)
      return sendJson(res, 200, summary(fired))
    }
    case 'POST reset':
      await ctx.reset()
      return sendJson(res, 200, { ok: true, ...clockState(ctx) })
    case 'POST subscribe':
      return subscribe(req, res, ctx)
    case 'POST phonecode':
      return phoneCode(req, res, ctx)
    case 'GET faults':
      return sendJson(res, 200, faultState(ctx))
    case 'GET sms':
      return sendJson(res, 200, { messages: ctx.devStore.listSms(limitOf(url, 200)) })
    case 'POST faults':
      return postFaults(req, res, ctx)
    default:
      throw new HttpError(404, `no dev endpoint ${req.method} /__dev/${path}`)
  }
}
