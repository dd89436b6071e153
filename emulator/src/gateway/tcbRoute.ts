import type { IncomingMessage, ServerResponse } from 'node:http'

import type { CallerIdentity, LiveInvocation } from '../host/functionHost'
import { requestShapes } from '../db/requestShape'
import { handleOpenApi } from '../openapi/handleOpenApi'
import { handleStorageAction } from '../storage/storageActions'
import type { GatewayContext } from './context'
import { HttpError, parseJsonObject, readBody, sendJson } from './http'
import { parseMultipart } from './multipart'
import { checkTc3Signature } from './tc3Signature'

/**
 * `POST /tcb[/<token>]`: the CloudBase API that wx-server-sdk (through @cloudbase/node-sdk)
 * calls. Each function invocation gets its own token in the URL, so a request is tied to
 * the invocation that made it: its caller's identity, its openapi permissions, its count
 * of database requests; a token of no running invocation is refused. A request without
 * a token (a script or a test using wx-server-sdk outside a function) must be signed with
 * the emulator's SecretId and SecretKey, as CloudBase wants its account's API key there,
 * and runs with no identity. Either refusal happens before anything is read or written.
 *
 * Answers are HTTP 200 even for errors, as CloudBase's: the SDK reads `code`/`message`
 * (JSON actions) or decodes a protobuf `CommOpenApiResp` (wx.openApi).
 */
export async function handleTcb(req: IncomingMessage, res: ServerResponse, ctx: GatewayContext, token: string | undefined): Promise<void> {
  if (req.method !== 'POST') throw new HttpError(405, 'the CloudBase API takes POST')
  const invocation = token === undefined ? undefined : ctx.host.live(token)
  const body = await readBody(req)
  const contentType = req.headers['content-type'] ?? ''
  const multipart = contentType.startsWith('multipart/form-data')
  const params = multipart ? multipartFields(body, contentType) : parseJsonObject(body)

  if (token !== undefined && !invocation) {
    return sendTcbError(res, 'SIGN_PARAM_INVALID', 'no running function invocation has this token: it is valid only while its invocation runs')
  }
  if (!invocation) {
    const signature = checkTc3Signature({ method: 'POST', url: req.url ?? '', headers: req.headers, params }, ctx.credentials, Math.floor(Date.now() / 1000))
    if (!signature.ok) return sendTcbError(res, signature.code, signature.message)
  }

  if (multipart) {
    const fields = params as Record<string, Buffer>
    const action = fields.action?.toString('utf8')
    if (action !== 'wx.openApi') return sendTcbError(res, 'INVALID_PARAM', `action ${action} is not supported by the emulator`)
    return answerOpenApi(res, ctx, invocation, fields)
  }

  const action = typeof params.action === 'string' ? params.action : ''
  if (action.startsWith('database.')) {
    if (invocation && ctx.onDatabaseRequest) {
      for (const shape of requestShapes(action, params)) ctx.onDatabaseRequest({ ...shape, functionName: invocation.functionName })
    }
    const answer = await ctx.database().handle(action, params, {
      countRequest: () => {
        if (invocation) invocation.dbRequests += 1
      },
    })
    return sendJson(res, 200, answer)
  }
  if (action.startsWith('storage.')) return sendJson(res, 200, handleStorageAction(action, params, ctx.storage, ctx.baseUrl(), ctx.clock.nowMs()))
  if (action === 'functions.invokeFunction') return answerInvokeFunction(req, res, ctx, invocation, params)
  return sendTcbError(res, 'INVALID_PARAM', `action ${action || '(none)'} is not supported by the emulator`)
}

function multipartFields(body: Buffer, contentType: string): Record<string, Buffer> {
  try {
    return parseMultipart(body, contentType)
  } catch (error) {
    throw new HttpError(400, `bad multipart body: ${String(error)}`)
  }
}

function sendTcbError(res: ServerResponse, code: string, message: string, requestId = 'emulator'): void {
  sendJson(res, 200, { code, message, requestId })
}

function answerOpenApi(res: ServerResponse, ctx: GatewayContext, invocation: LiveInvocation | undefined, fields: Record<string, Buffer>): void {
  const apiName = fields.apiName?.toString('utf8') ?? ''
  const functionName = invocation?.functionName ?? null
  let answer: Buffer | null
  try {
    answer = handleOpenApi(
      {
        apiName,
        requestData: fields.requestData ?? Buffer.alloc(0),
        functionName,
        permissions: functionName ? ctx.host.config(functionName).permissions.openapi : [],
      },
      { store: ctx.devStore, templates: ctx.templates, pages: ctx.pages, nowMs: ctx.clock.nowMs, appid: ctx.appid, faults: ctx.faults },
    )
  } catch (error) {
    return sendTcbError(res, 'INVALID_PARAM', `wx.openApi ${apiName}: ${String(error)}`)
  }
  // an injected network fault (POST /__dev/faults): the caller sees the connection reset
  if (answer === null) {
    res.destroy()
    return
  }
  // not `application/json; charset=utf-8`: the SDK would then read the body as a JSON error
  res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': answer.length })
  res.end(answer)
}

/**
 * A function calling another: the callee runs for the same user (WeChat passes the
 * caller's OPENID on) and its SOURCE is the caller's chain, as the SDK's X-TCB-Source
 * header carries it (e.g. `wx_client,scf`).
 */
async function answerInvokeFunction(
  req: IncomingMessage,
  res: ServerResponse,
  ctx: GatewayContext,
  invocation: LiveInvocation | undefined,
  params: Record<string, unknown>,
): Promise<void> {
  const name = typeof params.function_name === 'string' ? params.function_name : ''
  let event: unknown = {}
  if (typeof params.request_data === 'string' && params.request_data !== '') {
    try {
      event = JSON.parse(params.request_data)
    } catch {
      return sendTcbError(res, 'INVALID_PARAM', 'request_data is not JSON')
    }
  }
  const header = req.headers['x-tcb-source']
  const source = (typeof header === 'string' && header) || (invocation ? `${invocation.identity.source},scf` : 'wx_server')
  const identity: CallerIdentity = invocation
    ? { openid: invocation.identity.openid, unionid: invocation.identity.unionid, clientIp: invocation.identity.clientIp, source }
    : { source }
  const result = await ctx.host.invoke(name, event, identity)
  if (result.ok) {
    return sendJson(res, 200, { requestId: result.requestId, data: { response_data: JSON.stringify(result.value) } })
  }
  return sendTcbError(res, result.code, result.message, result.requestId)
}
