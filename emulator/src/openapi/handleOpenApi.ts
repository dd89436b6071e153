import type { DevStore } from '../devstore/devStore'
import { faultMessage, type Faults } from './faults'
import { getPhoneNumber } from './phoneNumber'
import { decodeOpenApiRequest, encodeOpenApiResponse } from './protobuf'
import { recordSubscribeAttempt, sendSubscribeMessage } from './subscribeMessage'
import type { SubscribeTemplate } from './templates'

/** WeChat's system codes (wx-server-sdk's ERR_CODE) for calls that never reach the API. */
export const OPENAPI_NO_PERMISSION = -604101
export const OPENAPI_NOT_FOUND = -604100

export interface OpenApiDeps {
  store: DevStore
  templates: () => Record<string, SubscribeTemplate>
  pages?: string[]
  nowMs: () => number
  appid: string
  /** `POST /__dev/faults`: sends made to fail on purpose */
  faults?: Faults
}

export interface OpenApiCall {
  apiName: string
  requestData: Buffer
  /** the calling function and its config.json openapi permissions; null outside a function */
  functionName: string | null
  permissions: string[]
}

/**
 * Answers a `wx.openApi` call with the protobuf body the SDK decodes: WeChat's JSON
 * (`errcode` 0 or an error the SDK throws as `errCode`), or a system error code; `null`
 * when an injected network fault says to drop the connection without an answer.
 */
export function handleOpenApi(call: OpenApiCall, deps: OpenApiDeps): Buffer | null {
  const { params } = decodeOpenApiRequest(call.requestData)
  const permitted = call.permissions.includes(call.apiName)
  switch (call.apiName) {
    case 'subscribeMessage.send': {
      const ctx = { store: deps.store, templates: deps.templates, pages: deps.pages, nowMs: deps.nowMs, functionName: call.functionName }
      // refused before WeChat sees it, but still an attempt the outbox should show
      if (!permitted) {
        recordSubscribeAttempt(params, ctx, { errcode: OPENAPI_NO_PERMISSION, errmsg: 'function has no permission to call this API' })
        return encodeOpenApiResponse({ errorCode: OPENAPI_NO_PERMISSION })
      }
      // an injected fault never reaches WeChat's checks, so it uses up no grant
      const fault = deps.faults?.nextSend() ?? null
      if (fault === 'network') {
        recordSubscribeAttempt(params, ctx, { errcode: -1, errmsg: 'fault injected: connection dropped before an answer' })
        return null
      }
      if (fault !== null) {
        const answer = { errcode: fault, errmsg: faultMessage(fault) }
        recordSubscribeAttempt(params, ctx, { ...answer, errmsg: `${answer.errmsg} (fault injected)` })
        return encodeOpenApiResponse({ json: answer })
      }
      return encodeOpenApiResponse({ json: sendSubscribeMessage(params, ctx).answer })
    }
    case 'phonenumber.getPhoneNumber':
      if (!permitted) return encodeOpenApiResponse({ errorCode: OPENAPI_NO_PERMISSION })
      return encodeOpenApiResponse({ json: getPhoneNumber(params, deps.store, deps.nowMs(), deps.appid) })
    default:
      return encodeOpenApiResponse({ errorCode: permitted ? OPENAPI_NOT_FOUND : OPENAPI_NO_PERMISSION })
  }
}
