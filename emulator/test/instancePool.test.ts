import type { FunctionInstance } from '../src/host/functionInstance'
import { InstancePool } from '../src/host/instancePool'

/** A stand-in for a child process: starts when told, and killing it ends a start in failure, as a real fork does. */
class FakeInstance {
  busy = false
  isAlive = true
  private started?: () => void
  private exited?: () => void

  constructor(readonly version: string) {}

  whenStarted(callback: () => void) {
    this.started = callback
  }

  whenExited(callback: () => void) {
    this.exited = callback
  }

  finishStart() {
    this.started?.()
  }

  kill() {
    if (!this.isAlive) return
    this.isAlive = false
    this.exited?.()
    this.finishStart()
  }
}

function poolOfFakes(maxInstances = 4) {
  const spawned: FakeInstance[] = []
  const pool = new InstancePool((version) => {
    const instance = new FakeInstance(version)
    spawned.push(instance)
    return instance as unknown as FunctionInstance
  }, maxInstances)
  return { pool, spawned }
}

describe('the instance pool of one function', () => {
  it('starts instances for waiting callers, two at a time, and hands each its own', async () => {
    const { pool, spawned } = poolOfFakes()
    const taken = [pool.acquire('v1'), pool.acquire('v1'), pool.acquire('v1')]
    expect(spawned).toHaveLength(2)
    spawned.forEach((i) => i.finishStart())
    expect(spawned).toHaveLength(3)
    spawned[2].finishStart()
    expect(new Set(await Promise.all(taken)).size).toBe(3)
  })

  it('starts nothing once closed, though callers were waiting on instances still starting', () => {
    const { pool, spawned } = poolOfFakes()
    void pool.acquire('v1')
    void pool.acquire('v1')
    void pool.acquire('v1')
    expect(spawned).toHaveLength(2)
    pool.closeAll()
    expect(spawned.every((i) => !i.isAlive)).toBe(true)
    expect(spawned).toHaveLength(2)
    void pool.acquire('v1')
    expect(spawned).toHaveLength(2)
  })
})
