import type { FunctionInstance } from './functionInstance'

/** Cold starts compete for CPU (loading wx-server-sdk takes ~0.5 s): start a few at a time. */
const MAX_STARTING = 2

/**
 * The instances of one function. An invocation takes an idle instance of the current
 * bundle version or waits for one; while callers wait, more instances start, up to the
 * cap. So each instance serves one caller at a time and concurrent callers never share
 * process.env or the global Date.
 */
export class InstancePool {
  private instances: FunctionInstance[] = []
  private idle: FunctionInstance[] = []
  private waiters: Array<{ version: string; take: (instance: FunctionInstance) => void }> = []
  private starting = 0
  private idleSince = new Map<FunctionInstance, number>()
  private closed = false

  constructor(
    private readonly spawn: (version: string) => FunctionInstance,
    private readonly maxInstances: number,
  ) {}

  get size(): number {
    return this.instances.length
  }

  acquire(version: string): Promise<FunctionInstance> {
    return new Promise((take) => {
      this.waiters.push({ version, take })
      this.pump(version)
    })
  }

  release(instance: FunctionInstance, currentVersion: string): void {
    instance.busy = false
    if (!instance.isAlive || instance.version !== currentVersion) this.drop(instance)
    else this.makeIdle(instance)
    this.pump(currentVersion)
  }

  /** Stops instances idle for longer than `maxIdleMs`, as WeChat recycles idle instances. */
  reapIdle(maxIdleMs: number, now = Date.now()): void {
    for (const instance of this.idle) {
      if (now - (this.idleSince.get(instance) ?? now) > maxIdleMs) this.drop(instance)
    }
  }

  /**
   * Stops every instance for good. Callers still waiting get no instance: an
   * instance killed while starting must not start another for them, or the
   * host process keeps a child after its emulator closed (and jest never exits).
   */
  closeAll(): void {
    this.closed = true
    this.waiters = []
    for (const instance of this.instances) instance.kill()
    this.instances = []
    this.idle = []
    this.idleSince.clear()
  }

  private pump(version: string): void {
    if (this.closed) return
    // a rebuilt bundle retires the idle instances of the old one
    for (const stale of this.idle.filter((i) => i.version !== version || !i.isAlive)) this.drop(stale)
    while (this.waiters.length > 0 && this.idle.length > 0) {
      const instance = this.idle.shift()!
      this.idleSince.delete(instance)
      instance.busy = true
      this.waiters.shift()!.take(instance)
    }
    while (this.waiters.length > this.starting && this.instances.length < this.maxInstances && this.starting < MAX_STARTING) {
      this.start(version)
    }
  }

  private start(version: string): void {
    const instance = this.spawn(version)
    this.instances.push(instance)
    this.starting += 1
    instance.whenExited(() => this.drop(instance))
    instance.whenStarted(() => {
      this.starting -= 1
      const waiter = instance.isAlive ? undefined : this.waiters.shift()
      // an instance that failed to start goes to one caller, who gets its error (no respawn loop)
      if (waiter) waiter.take(instance)
      else if (instance.isAlive) this.makeIdle(instance)
      this.pump(version)
    })
  }

  private makeIdle(instance: FunctionInstance): void {
    this.idle.push(instance)
    this.idleSince.set(instance, Date.now())
  }

  private drop(instance: FunctionInstance): void {
    this.idleSince.delete(instance)
    instance.kill()
    this.instances = this.instances.filter((i) => i !== instance)
    this.idle = this.idle.filter((i) => i !== instance)
  }
}
