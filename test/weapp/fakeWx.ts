/**
 * The `wx` object the weapp build sees in these tests — every fake in one place.
 *
 * What is faked, and why:
 * - System and device info: fixed values of a common phone (375 × 667, iOS,
 *   zh_CN). Taro's runtime reads them at startup; there is no layout here.
 * - Storage: a Map per launch, seeded by the test. Values are copied through
 *   JSON, as WeChat stores them; a missing key reads as '' like WeChat.
 * - Navigation (navigateTo, redirectTo, switchTab, reLaunch, navigateBack):
 *   recorded, answered with success, never performed — a test opens the next
 *   page itself if it wants to see it.
 * - Cloud: `cloud.init` is recorded; `cloud.callFunction` answers from the
 *   test's table `{ [name]: { [action]: result } }` as `{ result, errMsg }`,
 *   the result copied through JSON as it crosses WeChat's bridge. A call the
 *   table does not answer fails like a missing function does on WeChat.
 * - `request`: recorded, and failed — the app talks to cloud functions only.
 * - `downloadFile`: recorded, answered 200 with a temporary `wxfile://` path keeping the
 *   URL's extension; `openDocument`: recorded, answered with success (documents, R19).
 * Anything else is absent: page code calling it throws (a collected problem,
 * so the check fails), as it would with an
 * API the base library lacks, and the test shows which one to add here.
 */

export type CloudTable = Record<string, Record<string, unknown>>

export interface WxCall {
  api: string
  args: Record<string, unknown>
}

interface FakeWxOptions {
  storage?: Record<string, unknown>
  cloud?: CloudTable
  /** Copies a value into the logic realm, as data crosses WeChat's bridge. */
  copyIntoLogic: <T>(value: T) => T
}

export interface FakeWx {
  wx: Record<string, unknown>
  calls: WxCall[]
  storage: Map<string, unknown>
  callsTo: (api: string) => WxCall[]
}

const WINDOW = { pixelRatio: 2, screenWidth: 375, screenHeight: 667, windowWidth: 375, windowHeight: 603, statusBarHeight: 20 }
const APP_BASE = { SDKVersion: '3.7.0', language: 'zh_CN', version: '8.0.54', theme: 'light', enableDebug: false }
const DEVICE = { brand: 'iPhone', model: 'iPhone 8', system: 'iOS 17.5', platform: 'ios', benchmarkLevel: 1 }
const SAFE_AREA = { left: 0, right: 375, top: 20, bottom: 667, width: 375, height: 647 }

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void; complete?: (res: unknown) => void }

/** Answers an asynchronous API as WeChat does: callbacks on a later turn, and a promise. */
function answerLater(args: Callbacks, outcome: { ok: true; res: unknown } | { ok: false; res: unknown }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      if (outcome.ok) args.success?.(outcome.res)
      else args.fail?.(outcome.res)
      args.complete?.(outcome.res)
      if (outcome.ok) resolve(outcome.res)
      else if (args.fail || args.complete) resolve(undefined)
      else reject(outcome.res)
    }, 0)
  })
}

export function createFakeWx(options: FakeWxOptions): FakeWx {
  const { copyIntoLogic } = options
  const calls: WxCall[] = []
  const storage = new Map<string, unknown>(Object.entries(options.storage ?? {}))
  const cloud = options.cloud ?? {}
  const record = (api: string, args: object = {}) => calls.push({ api, args: JSON.parse(JSON.stringify(args)) })

  const succeedWith = (api: string) => (args: Callbacks & Record<string, unknown> = {}) => {
    record(api, args)
    return answerLater(args, { ok: true, res: copyIntoLogic({ errMsg: `${api}:ok` }) })
  }

  const wx: Record<string, unknown> = {
    getSystemInfoSync: () => copyIntoLogic({ ...WINDOW, ...APP_BASE, ...DEVICE, safeArea: SAFE_AREA }),
    getWindowInfo: () => copyIntoLogic({ ...WINDOW, safeArea: SAFE_AREA }),
    getAppBaseInfo: () => copyIntoLogic(APP_BASE),
    getDeviceInfo: () => copyIntoLogic(DEVICE),
    nextTick: (fn: () => void) => setTimeout(fn, 0),

    getStorageSync: (key: string) => (storage.has(key) ? copyIntoLogic(storage.get(key)) : ''),
    setStorageSync: (key: string, value: unknown) => {
      record('setStorageSync', { key, value })
      storage.set(key, JSON.parse(JSON.stringify(value)))
    },

    navigateTo: succeedWith('navigateTo'),
    redirectTo: succeedWith('redirectTo'),
    switchTab: succeedWith('switchTab'),
    reLaunch: succeedWith('reLaunch'),
    navigateBack: succeedWith('navigateBack'),
    pageScrollTo: succeedWith('pageScrollTo'),

    request: (args: Callbacks & { url?: string } = {}) => {
      record('request', args)
      return answerLater(args, { ok: false, res: copyIntoLogic({ errMsg: `request:fail the tests fake no network (${args.url})` }) })
    },

    downloadFile: (args: Callbacks & { url?: string } = {}) => {
      record('downloadFile', args)
      const extension = /\.(\w+)(?:\?|$)/.exec(args.url ?? '')?.[1] ?? 'tmp'
      return answerLater(args, { ok: true, res: copyIntoLogic({ statusCode: 200, tempFilePath: `wxfile://tmp_${calls.length}.${extension}`, errMsg: 'downloadFile:ok' }) })
    },
    openDocument: succeedWith('openDocument'),

    cloud: {
      init: (args: object = {}) => record('cloud.init', args),
      callFunction: (args: Callbacks & { name: string; data?: { action?: string } }) => {
        record('cloud.callFunction', args)
        const action = args.data?.action ?? ''
        const byAction = cloud[args.name]
        if (!byAction || !(action in byAction)) {
          const errMsg = `cloud.callFunction:fail the test's cloud table has no ${args.name}.${action}`
          return answerLater(args, { ok: false, res: copyIntoLogic({ errMsg }) })
        }
        const res = { result: byAction[action], errMsg: 'cloud.callFunction:ok', requestID: `test-${calls.length}` }
        return answerLater(args, { ok: true, res: copyIntoLogic(res) })
      },
    },
  }

  return { wx, calls, storage, callsTo: (api) => calls.filter((c) => c.api === api) }
}
