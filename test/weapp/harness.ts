/**
 * Runs the weapp build (client/dist/weapp) as WeChat would, without DevTools.
 *
 * - WXML is compiled by Tencent's own `wcc` (miniprogram-compiler) and rendered
 *   by exparser through miniprogram-simulate (`compiler: 'official'`).
 * - The build's JS runs in a `node:vm` context holding only what the
 *   mini-program's logic layer has (wx, App, Page, Component, Behavior,
 *   getApp, getCurrentPages, require, console, timers, and the language's own
 *   built-ins). Node's `process`, `global`, `Buffer` and the DOM's `window`
 *   are absent, so code using them throws here as on a phone.
 * - app.js (which requires common, vendors, taro, runtime) runs first; a page
 *   is registered with `Page`, which this harness turns into a `Component`
 *   (miniprogram-simulate only knows components), then gets onLoad, onShow,
 *   onReady in WeChat's order.
 * - Every `setData` payload is copied through JSON, as WeChat sends it between
 *   its two threads.
 * - Warnings (`WXMLRT_…` for a missing template) and errors from either realm
 *   are collected in `problems`; the checks fail on any.
 */
import fs from 'node:fs'
import path from 'node:path'
import vm from 'node:vm'
import * as simulate from 'miniprogram-simulate'
import type { RootComponent } from 'j-component'
import { createFakeWx, type CloudTable, type FakeWx, type WxCall } from './fakeWx'
import { PageHandle } from './pageHandle'

// miniprogram-simulate runs component JS with Node's `require`; send it to the
// launched app's vm context instead. The module object is shared with its index.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const simulateUtils = require('miniprogram-simulate/src/utils') as { runJs: (file: string) => void }

/** The weapp build: `client/dist/weapp`, or `$CLIENT_DIST/weapp` when the build was moved. */
export const DIST = process.env.CLIENT_DIST
  ? path.join(path.resolve(__dirname, '../..', process.env.CLIENT_DIST), 'weapp')
  : path.resolve(__dirname, '../../client/dist/weapp')

type Options = Record<string, any>

export interface LaunchOptions {
  rootPath?: string
  storage?: Record<string, unknown>
  cloud?: CloudTable
}

interface AppJson {
  pages: string[]
  subPackages?: { root: string; pages: string[] }[]
}

/** Every page of the build, main package first, as app.json lists them. */
export function pagesOf(rootPath: string = DIST): string[] {
  const app = JSON.parse(fs.readFileSync(path.join(rootPath, 'app.json'), 'utf8')) as AppJson
  const sub = (app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))
  return [...app.pages, ...sub]
}

/**
 * Turns WeChat `Page` options into a `Component` definition: a page is a
 * component whose functions (onLoad, eh…) are methods. Taro's page config has
 * no other fields; one would need copying onto the instance, so it is refused.
 */
function pageAsComponent(options: Options): Options {
  const methods: Options = {}
  for (const [key, value] of Object.entries(options)) {
    if (key === 'data') continue
    if (typeof value !== 'function') throw new Error(`Page option "${key}" is not a function: teach test/weapp/harness.ts to copy it onto the page`)
    methods[key] = value
  }
  return { data: options.data ?? {}, methods }
}

/** The launch whose page miniprogram-simulate is loading; its vm context runs the page's JS. */
let running: MiniProgram | undefined
const runIn = (mp: MiniProgram | undefined) => {
  running = mp
}

/**
 * wcc's generated code keeps its templates in the implicit global
 * `__WXML_GLOBAL__`, so two builds compiled in one realm mix their templates.
 * A realm therefore renders one build at a time: switching builds starts wcc
 * afresh, and returning to an earlier build (whose compiled WXML
 * miniprogram-simulate has cached) is refused rather than silently wrong.
 */
const compiledRoots: string[] = []
function useBuild(rootPath: string): void {
  if (compiledRoots.at(-1) === rootPath) return
  if (compiledRoots.includes(rootPath)) throw new Error(`${rootPath} was rendered before another build in this test file`)
  // Keep only the flag that wxs's built-in prototype patches were applied: they cannot be applied twice.
  const previous = (globalThis as Options).__WXML_GLOBAL__
  ;(globalThis as Options).__WXML_GLOBAL__ = previous ? { wxs_nf_init: previous.wxs_nf_init } : undefined
  compiledRoots.push(rootPath)
}

simulateUtils.runJs = (file: string) => {
  if (!running) throw new Error('a page is loaded outside a launched MiniProgram')
  running.runComponentFile(`${file}.js`)
}

/** One launch of the mini-program: its logic realm, its fake wx, its pages. */
export class MiniProgram {
  readonly rootPath: string
  readonly problems: string[] = []
  readonly fake: FakeWx
  readonly pages: PageHandle[] = []
  private readonly context: vm.Context
  private readonly modules = new Map<string, { exports: unknown }>()
  private readonly registrations = new Map<string, Options[]>()
  private readonly componentIds = new Map<string, string>()
  private registeringFile: string | undefined
  private app: Options | undefined
  private setDataCount = 0
  private restoreConsole: () => void

  constructor(options: LaunchOptions = {}) {
    this.rootPath = options.rootPath ?? DIST
    useBuild(this.rootPath)
    const logicConsole = {
      log: () => undefined,
      info: () => undefined,
      debug: () => undefined,
      warn: (...args: unknown[]) => this.problems.push(`logic warn: ${args.map(String).join(' ')}`),
      error: (...args: unknown[]) => this.problems.push(`logic error: ${args.map(String).join(' ')}`),
    }
    this.context = vm.createContext({
      App: (opts: Options) => this.registerApp(opts),
      Page: (opts: Options) => this.registerComponent(pageAsComponent(opts)),
      Component: (opts: Options) => this.registerComponent(opts),
      Behavior: (opts: Options) => simulate.behavior(opts),
      getApp: () => this.app,
      getCurrentPages: () => this.pages.map((p) => p.instance),
      console: logicConsole,
      setTimeout,
      clearTimeout,
      setInterval,
      clearInterval,
    })
    const logicJson = vm.runInContext('JSON', this.context) as JSON
    const copyIntoLogic = <T>(value: T): T => (value === undefined ? value : logicJson.parse(JSON.stringify(value)))
    this.fake = createFakeWx({ storage: options.storage, cloud: options.cloud, copyIntoLogic })
    this.context.wx = this.fake.wx

    // The render layer (wcc's generated code, exparser) logs in the test realm.
    const { warn, error } = console
    console.warn = (...args: unknown[]) => this.problems.push(`render warn: ${args.map(String).join(' ')}`)
    console.error = (...args: unknown[]) => this.problems.push(`render error: ${args.map(String).join(' ')}`)
    this.restoreConsole = () => Object.assign(console, { warn, error })
  }

  /** Runs app.js, then App's onLaunch and onShow, as WeChat does before any page. */
  launch(): this {
    runIn(this)
    this.requireFile(path.join(this.rootPath, 'app.js'))
    if (!this.app) throw new Error('app.js did not call App()')
    const launchOptions = { path: pagesOf(this.rootPath)[0], query: {}, scene: 1001 }
    this.app.onLaunch?.call(this.app, launchOptions)
    this.app.onShow?.call(this.app, launchOptions)
    return this
  }

  /** Loads, renders and shows one page (`pages/index/index`), then waits for it to settle. */
  async open(route: string, query: Record<string, string> = {}): Promise<PageHandle> {
    runIn(this)
    let id = this.componentIds.get(route)
    if (!id) {
      id = simulate.load(path.join(this.rootPath, route), { compiler: 'official', rootPath: this.rootPath })
      this.componentIds.set(route, id)
    }
    const component = simulate.render(id) as RootComponent<any, any, any>
    const instance = component.instance as Options
    Object.assign(instance, { route, __route__: route, options: query })
    const parent = document.createElement('div')
    document.body.appendChild(parent)
    component.attach(parent)
    const page = new PageHandle(route, component, instance, () => this.settle())
    this.pages.push(page)
    instance.onLoad?.call(instance, { ...query })
    instance.onShow?.call(instance)
    await this.settle()
    instance.onReady?.call(instance)
    await this.settle()
    return page
  }

  /** Waits until no timer-driven work (React, Taro's batching, fake wx answers) produces a setData. */
  async settle(): Promise<void> {
    let quietTurns = 0
    for (let turn = 0; turn < 200 && quietTurns < 3; turn++) {
      const before = this.setDataCount
      await new Promise((resolve) => setTimeout(resolve, 1))
      quietTurns = this.setDataCount === before ? quietTurns + 1 : 0
    }
  }

  /** wx calls made so far to one API (`navigateTo`, `cloud.callFunction`, `setStorageSync`…). */
  callsTo(api: string): WxCall[] {
    return this.fake.callsTo(api)
  }

  /** `typeof name` as the build's code sees it: shows what the logic layer holds. */
  typeofInLogic(name: string): string {
    return vm.runInContext(`typeof ${name}`, this.context) as string
  }

  close(): void {
    for (const page of this.pages) page.component.detach()
    this.restoreConsole()
    if (running === this) runIn(undefined)
  }

  /** miniprogram-simulate's hook: runs a component's JS once, and replays its registration after. */
  runComponentFile(file: string): void {
    const done = this.registrations.get(file)
    if (done) {
      for (const opts of done) (globalThis as Options).Component(opts)
      return
    }
    this.registrations.set(file, [])
    this.registeringFile = file
    try {
      this.requireFile(file)
    } finally {
      this.registeringFile = undefined
    }
  }

  private registerApp(opts: Options): void {
    if (this.app) throw new Error('App() called twice')
    this.app = opts
  }

  private registerComponent(opts: Options): void {
    if (!this.registeringFile) throw new Error('Component() or Page() called outside a page or component file')
    this.registrations.get(this.registeringFile)?.push(opts)
    ;(globalThis as Options).Component(this.withCopiedSetData(opts))
  }

  /** Every instance's `setData` sends a JSON copy, as WeChat does between its threads, and is counted for `settle`. */
  private withCopiedSetData(opts: Options): Options {
    const countSetData = () => this.setDataCount++
    const created = opts.lifetimes?.created ?? opts.created
    return {
      ...opts,
      lifetimes: {
        ...opts.lifetimes,
        created(this: Options, ...args: unknown[]) {
          const setData = this.setData as (data: unknown, cb?: () => void) => void
          this.setData = (data: unknown, cb?: () => void) => {
            countSetData()
            setData.call(this, JSON.parse(JSON.stringify(data)), cb)
          }
          created?.apply(this, args)
        },
      },
    }
  }

  /** The logic layer's `require`: the build's own files only, each run once. */
  private requireFile(file: string): unknown {
    const resolved = file.endsWith('.js') ? file : `${file}.js`
    if (!resolved.startsWith(this.rootPath + path.sep)) throw new Error(`require outside the build: ${file}`)
    const cached = this.modules.get(resolved)
    if (cached) return cached.exports
    const module = { exports: {} }
    this.modules.set(resolved, module)
    const code = fs.readFileSync(resolved, 'utf8')
    const wrapped = vm.runInContext(`(function (require, module, exports) {${code}\n})`, this.context, { filename: resolved })
    const localRequire = (request: string) => this.requireFile(path.resolve(path.dirname(resolved), request))
    wrapped(localRequire, module, module.exports)
    return module.exports
  }
}

/** Launches the build with these fakes; `close()` it when done. */
export function launch(options: LaunchOptions = {}): MiniProgram {
  return new MiniProgram(options).launch()
}
