/**
 * `npm run bench:throughput` (issue 8): latency (p50, p99) and requests per
 * second of `booking` `appointments.request` and `catalog` `items.list`
 * through the dev gateway at concurrency 1, 8 and 32, beside a function that
 * does nothing (`noop`, the gateway's and the instance's own cost), in the
 * same run. The functions folder is a throwaway copy of the built real
 * functions and `noop`, which exists only there (not in `cloudfunctions/`).
 *
 * Every `appointments.request` is a distinct citizen with its own requestId
 * (the per-applicant cap is 3 per holiday), for 国庆 2026 on 2 October, the
 * clock on 24 September. `BENCH_REQUESTS` sets the calls per measurement
 * (default 200).
 */
import { machine, markdownTable, startBenchCloud, type BenchCloud } from '../bench/benchCloud'

const CONCURRENCY = [1, 8, 32]
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 200)
/** Unmeasured calls before each line: about 100 per instance. */
const WARM_UP = 400
const CLOCK = '2026-09-24T10:00:00+08:00'
const CITIZEN = 'oEXAMPLE_citizen_zhang'

let seq = 0
const run = Date.now().toString(36)

/** What is measured: one call, each with its own input where it must differ. */
const TARGETS: { name: string; fn: string; action: string; as: () => string; input: () => unknown }[] = [
  { name: 'noop (does nothing)', fn: 'noop', action: 'noop', as: () => CITIZEN, input: () => ({}) },
  { name: '`catalog` `items.list`', fn: 'catalog', action: 'items.list', as: () => CITIZEN, input: () => ({}) },
  {
    name: '`booking` `appointments.request`',
    fn: 'booking',
    action: 'appointments.request',
    as: () => `oBENCH_tp_${run}_${++seq}`,
    input: () => ({ requestId: `tp-${run}-${++seq}`, itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } }),
  },
]

/** `total` calls, at most `concurrency` at a time; the round-trip times in ms and the wall time. */
async function measure(cloud: BenchCloud, target: (typeof TARGETS)[number], concurrency: number, total: number) {
  const times: number[] = []
  let next = 0
  let failed = ''
  const started = performance.now()
  const worker = async () => {
    while (next < total && !failed) {
      next++
      const { body, ms } = await cloud.call(target.fn, target.action, target.input(), target.as())
      if (!body?.ok) failed = JSON.stringify(body?.error ?? body)
      times.push(ms)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
  const wallMs = performance.now() - started
  if (failed) throw new Error(`${target.name} failed: ${failed}`)
  // The emulator's own record of each invocation: from accepting it to the answer (waiting for a free instance, then running, database requests included).
  const stats = (await (await fetch(`${cloud.url}/__dev/stats?limit=${total}`)).json()) as { invocations: { functionName: string; durationMs: number }[] }
  const inFunction = stats.invocations.filter((i) => i.functionName === target.fn).map((i) => i.durationMs)
  return { times: times.sort((a, b) => a - b), inFunction: inFunction.sort((a, b) => a - b), wallMs }
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN

async function main() {
  const cloud = await startBenchCloud({ noop: true })
  try {
    await cloud.setClock(CLOCK)
    const rows: (string | number)[][] = []
    for (const concurrency of CONCURRENCY) {
      let noop = { p50: NaN, rps: NaN }
      for (const target of TARGETS) {
        // Warm-up: the pool starts its instances (up to 4), they load their caches and V8 compiles their hot paths
        // (a fresh instance is several times slower for its first hundred calls or so).
        await measure(cloud, target, concurrency, WARM_UP + 4 * concurrency)
        const { times, inFunction, wallMs } = await measure(cloud, target, concurrency, REQUESTS)
        const p50 = percentile(times, 50)
        const rps = (REQUESTS * 1000) / wallMs
        if (target.fn === 'noop') noop = { p50, rps }
        rows.push([
          target.name,
          concurrency,
          REQUESTS,
          p50.toFixed(1),
          percentile(times, 99).toFixed(1),
          percentile(inFunction, 50).toFixed(0),
          rps.toFixed(0),
          (p50 / noop.p50).toFixed(1),
          (rps / noop.rps).toFixed(2),
        ])
      }
    }
    console.log(`Throughput and latency through the dev gateway, ${machine()}\n`)
    console.log(markdownTable(['action', 'concurrency', 'calls', 'p50 ms', 'p99 ms', 'in emulator p50 ms', 'calls/s', 'p50 ÷ noop', 'calls/s ÷ noop'], rows, new Set([1, 2, 3, 4, 5, 6, 7, 8])))
  } finally {
    await cloud.close()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
