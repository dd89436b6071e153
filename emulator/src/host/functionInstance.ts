import { fork, type ChildProcess } from 'node:child_process'
import { dirname, join } from 'node:path'

/** What an instance answers for one invocation. */
export type InstanceOutcome =
  | { ok: true; value: unknown }
  | { ok: false; message: string; timedOut: boolean }

export interface InvocationMessage {
  event: unknown
  env: Record<string, string | null>
  context: Record<string, unknown>
  clockOffsetMs: number
  timeoutMs: number
}

type ChildMessage =
  | { type: 'ready' }
  | { type: 'result'; id: number; ok: true; json: string }
  | { type: 'result'; id: number; ok: false; message: string }

const RUNTIME = join(__dirname, 'instanceRuntime.cjs')

/**
 * One isolated instance of a cloud function: a child process running one invocation at
 * a time, with its own process.env (identity), its own global Date (clock) and TZ=UTC as
 * WeChat's functions have. A timeout kills the process; the pool replaces it.
 */
export class FunctionInstance {
  readonly version: string
  busy = false
  private child: ChildProcess
  private alive = true
  private ready: Promise<void>
  private pending?: { id: number; resolve: (o: InstanceOutcome) => void; timer: NodeJS.Timeout }
  private nextId = 1
  private onExit?: () => void

  constructor(
    entryFile: string,
    version: string,
    baseEnv: Record<string, string>,
    onOutput?: (chunk: string, stream: 'stdout' | 'stderr') => void,
  ) {
    this.version = version
    this.child = fork(RUNTIME, [entryFile], {
      cwd: dirname(entryFile),
      env: baseEnv,
      // never inherit the host's loaders (jest, tsx): the instance runs the built bundle only
      execArgv: [],
      silent: true,
    })
    for (const stream of ['stdout', 'stderr'] as const) {
      this.child[stream]?.setEncoding('utf8')
      this.child[stream]?.on('data', (chunk: string) => onOutput?.(chunk, stream))
    }
    this.ready = new Promise((resolve, reject) => {
      this.child.once('message', (m: ChildMessage) => (m.type === 'ready' ? resolve() : reject(new Error('instance did not start'))))
      this.child.once('exit', () => reject(new Error('instance exited before it was ready')))
    })
    this.ready.catch(() => undefined)
    this.child.on('message', (m: ChildMessage) => {
      if (m.type !== 'result' || !this.pending || m.id !== this.pending.id) return
      const { resolve, timer } = this.pending
      this.pending = undefined
      clearTimeout(timer)
      if (!m.ok) return resolve({ ok: false, message: m.message, timedOut: false })
      try {
        resolve({ ok: true, value: JSON.parse(m.json) })
      } catch (error) {
        resolve({ ok: false, message: `result is not JSON: ${String(error)}`, timedOut: false })
      }
    })
    this.child.on('exit', (code, signal) => {
      this.alive = false
      if (this.pending) {
        const { resolve, timer } = this.pending
        this.pending = undefined
        clearTimeout(timer)
        resolve({ ok: false, message: `instance exited (${signal ?? `code ${code}`}) during the invocation`, timedOut: false })
      }
      this.onExit?.()
    })
    this.child.on('error', () => undefined)
  }

  get isAlive(): boolean {
    return this.alive
  }

  /** Called once, when the instance has loaded the function or failed to start. */
  whenStarted(callback: () => void): void {
    this.ready.then(callback, callback)
  }

  whenExited(callback: () => void): void {
    this.onExit = callback
  }

  async invoke(message: InvocationMessage): Promise<InstanceOutcome> {
    try {
      await this.ready
    } catch (error) {
      return { ok: false, message: String(error), timedOut: false }
    }
    if (!this.alive) return { ok: false, message: 'instance is gone', timedOut: false }
    const id = this.nextId++
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.pending = undefined
        this.kill()
        resolve({ ok: false, message: `Invoking task timed out after ${message.timeoutMs / 1000} seconds`, timedOut: true })
      }, message.timeoutMs)
      this.pending = { id, resolve, timer }
      const { event, env, context, clockOffsetMs } = message
      this.child.send({ type: 'invoke', id, event, env, context, clockOffsetMs })
    })
  }

  kill(): void {
    if (this.alive) this.child.kill('SIGKILL')
    this.alive = false
  }
}
