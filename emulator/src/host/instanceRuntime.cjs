/*
 * One cloud-function instance, run in its own child process (see functionInstance.ts).
 * Plain CommonJS so a cold start costs Node and the function's own requires only.
 *
 * It loads the function's built index.js once, then answers one invocation at a time:
 * for each it sets the caller's identity in process.env (where wx-server-sdk's
 * getWXContext() and @cloudbase/node-sdk read it), moves the global Date to the
 * emulator's clock, calls exports.main(event, context) and sends back the JSON result.
 */
'use strict'

const functionFile = process.argv[2]

// The emulator's clock: real time plus an offset set per invocation. Replacing the global
// Date means functions (and dayjs, and the SDK) see emulator time with no hook in their code.
const RealDate = Date
let clockOffsetMs = 0
function EmulatedDate(...args) {
  if (!new.target) return new RealDate(RealDate.now() + clockOffsetMs).toString()
  return Reflect.construct(RealDate, args.length === 0 ? [RealDate.now() + clockOffsetMs] : args, new.target)
}
EmulatedDate.prototype = RealDate.prototype
EmulatedDate.now = () => RealDate.now() + clockOffsetMs
EmulatedDate.parse = RealDate.parse
EmulatedDate.UTC = RealDate.UTC
Object.defineProperty(RealDate.prototype, 'constructor', { value: EmulatedDate, writable: true, configurable: true })
globalThis.Date = EmulatedDate

let loaded
try {
  loaded = { module: require(functionFile) }
  if (typeof loaded.module.main !== 'function') loaded = { error: `${functionFile} does not export main` }
} catch (error) {
  loaded = { error: describe(error) }
}

// The stack as WeChat's log shows it: the function's frames, not the emulator's.
function describe(error) {
  if (error instanceof Error) {
    const lines = (error.stack || `${error.name}: ${error.message}`).split('\n')
    return lines.filter((line) => !line.includes(__filename) && !line.includes('node:internal')).join('\n')
  }
  try {
    return typeof error === 'string' ? error : JSON.stringify(error)
  } catch {
    return String(error)
  }
}

function applyEnv(env) {
  for (const [key, value] of Object.entries(env)) {
    if (value === null) delete process.env[key]
    else process.env[key] = value
  }
}

process.on('unhandledRejection', (reason) => {
  console.error('[emulator] unhandled rejection in function:', describe(reason))
})

process.on('message', async (message) => {
  if (!message || message.type !== 'invoke') return
  const { id, event, env, context } = message
  applyEnv(env)
  clockOffsetMs = message.clockOffsetMs
  if (loaded.error) {
    process.send({ type: 'result', id, ok: false, message: loaded.error })
    return
  }
  try {
    const value = await loaded.module.main(event, context)
    const json = JSON.stringify(value === undefined ? null : value)
    process.send({ type: 'result', id, ok: true, json })
  } catch (error) {
    process.send({ type: 'result', id, ok: false, message: describe(error) })
  }
})

// the emulator went away (closed, crashed, killed): so does the instance
process.on('disconnect', () => process.exit(0))

process.send({ type: 'ready' })
