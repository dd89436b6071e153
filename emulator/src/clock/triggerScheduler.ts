import type { CallerIdentity, InvocationResult } from '../host/functionHost'
import type { TimerTriggerConfig } from '../host/functionConfig'
import type { Clock } from './clock'
import { lastFireTimeWithin, parseCron } from './cron'

export interface TriggerHost {
  list(): string[]
  config(name: string): { triggers: TimerTriggerConfig[] }
  invoke(name: string, event: unknown, identity: CallerIdentity): Promise<InvocationResult>
}

export interface FiredTrigger {
  functionName: string
  triggerName: string
  /** the scheduled fire time, UTC ISO as WeChat's timer event carries it */
  time: string
  result: InvocationResult
}

export interface TriggerScheduler {
  /** Fires every trigger with a fire time since the last check, once each (see below). */
  check(): Promise<FiredTrigger[]>
  /** After the clock is set: backwards moves fire nothing, forward moves fire what fell due. */
  clockMoved(from: number, to: number): Promise<FiredTrigger[]>
  fireNow(functionName: string): Promise<FiredTrigger | undefined>
  /** Forgets what was due: the next check starts from the clock's present (after a reset). */
  rebase(): void
  start(intervalMs?: number): void
  stop(): void
}

const TRIGGER_IDENTITY: CallerIdentity = { source: 'wx_trigger', trigger: true }

const utcIso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')

/**
 * Timer triggers on the emulator's clock. A watermark remembers how far the clock has been
 * checked; each check fires, per trigger, the latest fire time in (watermark, now], once.
 * So when the clock is advanced past several fire times, the trigger runs once, with the
 * latest of them as its `Time` (WeChat never replays missed runs either). Setting the clock
 * backwards moves the watermark back with it and fires nothing.
 */
export function createTriggerScheduler(clock: Clock, host: TriggerHost, onError: (message: string) => void = () => undefined): TriggerScheduler {
  let watermark = clock.nowMs()
  let timer: NodeJS.Timeout | undefined
  const badCron = new Set<string>()

  const triggersOf = (name: string) => {
    try {
      return host.config(name).triggers
    } catch (error) {
      onError(`${name}/config.json: ${String(error)}`)
      return []
    }
  }

  const fire = async (functionName: string, trigger: TimerTriggerConfig, timeMs: number): Promise<FiredTrigger> => {
    const time = utcIso(timeMs)
    const event = { Type: 'Timer', TriggerName: trigger.name, Time: time, Message: '' }
    const result = await host.invoke(functionName, event, TRIGGER_IDENTITY)
    if (!result.ok) onError(`timer ${functionName}/${trigger.name} failed: ${result.message}`)
    return { functionName, triggerName: trigger.name, time, result }
  }

  async function check(): Promise<FiredTrigger[]> {
    const from = watermark
    const to = clock.nowMs()
    if (to <= from) return []
    watermark = to
    const due: Array<Promise<FiredTrigger>> = []
    for (const name of host.list()) {
      for (const trigger of triggersOf(name)) {
        let at: number | null
        try {
          at = lastFireTimeWithin(parseCron(trigger.config), from, to)
        } catch (error) {
          const key = `${name}/${trigger.name}`
          if (!badCron.has(key)) onError(`${key}: ${String(error)}`)
          badCron.add(key)
          continue
        }
        if (at !== null) due.push(fire(name, trigger, at))
      }
    }
    return Promise.all(due)
  }

  return {
    check,
    async clockMoved(from, to) {
      if (to < from) {
        watermark = to
        return []
      }
      return check()
    },
    rebase() {
      watermark = clock.nowMs()
    },
    async fireNow(functionName) {
      const [trigger] = triggersOf(functionName)
      return trigger ? fire(functionName, trigger, clock.nowMs()) : undefined
    },
    start(intervalMs = 1000) {
      timer = setInterval(() => void check().catch((e) => onError(String(e))), intervalMs)
      timer.unref()
    },
    stop() {
      if (timer) clearInterval(timer)
      timer = undefined
    },
  }
}
