/**
 * `npm start`: the local cloud on http://127.0.0.1:$PORT (default 8080), with the
 * repository's cloud functions, the H5 build and the example data (loaded on first start
 * only; POST /__dev/reset loads it again). Data lives in `.data/` (git-ignored).
 *
 * Environment: PORT; EMULATOR_DATA_DIR, EMULATOR_FUNCTIONS_ROOT, EMULATOR_H5_ROOT to point
 * elsewhere (e.g. a throwaway data folder for end-to-end runs); EMULATOR_SECRET_ID and
 * EMULATOR_SECRET_KEY for the key pair scripts sign `/tcb` requests with (default: a new
 * random pair each start, printed below).
 */
import { resolve } from 'node:path'

import { emulatorOptions, loadManifest, ManifestError, type Manifest } from '../../deploy/manifest'
import { createEmulator } from './gateway'
import { EXAMPLE_SEED, identitiesOf } from './seed'

const repoRoot = resolve(__dirname, '..', '..')

function portFromEnv(): number {
  const text = process.env.PORT ?? '8080'
  const port = Number(text)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number, not "${text}"`)
    process.exit(2)
  }
  return port
}

function credentialsFromEnv(): { secretId: string; secretKey: string } | undefined {
  const { EMULATOR_SECRET_ID: secretId, EMULATOR_SECRET_KEY: secretKey } = process.env
  if (!secretId && !secretKey) return undefined
  if (!secretId || !secretKey) {
    console.error('set both EMULATOR_SECRET_ID and EMULATOR_SECRET_KEY, or neither')
    process.exit(2)
  }
  return { secretId, secretKey }
}

function loadManifestOrExit(): Manifest {
  try {
    return loadManifest(repoRoot)
  } catch (error) {
    console.error(error instanceof ManifestError ? error.message : error)
    process.exit(2)
  }
}

/** `EMULATOR_MAX_LIMIT=100 npm start`: every query answers at most 100 documents (issue 12). */
function maxQueryLimitFromEnv(): number | undefined {
  const text = process.env.EMULATOR_MAX_LIMIT
  if (!text) return undefined
  const max = Number(text)
  if (!Number.isInteger(max) || max < 1 || max > 1000) {
    console.error(`EMULATOR_MAX_LIMIT must be a whole number from 1 to 1000, not "${text}"`)
    process.exit(2)
  }
  return max
}

async function main(): Promise<void> {
  const options = {
    credentials: credentialsFromEnv(),
    port: portFromEnv(),
    dataDir: resolve(process.env.EMULATOR_DATA_DIR ?? resolve(repoRoot, '.data')),
    functionsRoot: resolve(process.env.EMULATOR_FUNCTIONS_ROOT ?? resolve(repoRoot, 'cloudfunctions')),
    h5Root: resolve(process.env.EMULATOR_H5_ROOT ?? resolve(repoRoot, 'client', 'dist', 'h5')),
    // timeouts, environment variables (ADMIN_OPENIDS from this shell) and collections: as deployed
    ...emulatorOptions(loadManifestOrExit(), process.env),
    maxQueryLimit: maxQueryLimitFromEnv(),
  }
  const emulator = await createEmulator({ ...options, log: (line) => console.log(line) }).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === 'EADDRINUSE' ? `port ${options.port} is in use: set PORT to another one` : error)
    process.exit(1)
  })

  console.log(`\n本地云 (emulator) running at ${emulator.url}`)
  console.log(`  H5 app        ${emulator.url}/`)
  console.log(`  CloudBase API ${emulator.url}/tcb   (TCB_CONTEXT_CNFG='{"URL":"${emulator.url}/tcb"}')`)
  console.log(`    sign with   TENCENTCLOUD_SECRETID=${emulator.credentials.secretId} TENCENTCLOUD_SECRETKEY=${emulator.credentials.secretKey}`)
  console.log(`  dev gateway   ${emulator.url}/__dev/{call/:name,identities,clock,outbox,stats,functions,triggers/:name,reset,subscribe,phonecode,faults,sms}`)
  console.log(`  SMS (Tencent) sms.localhost:${new URL(emulator.url).port}/sms   cloud storage ${emulator.url}/cos/…   (emulator/README.md)`)
  console.log(`  data          ${options.dataDir}`)
  console.log(`  functions     ${options.functionsRoot}\n`)
  console.log('Identities (send as header X-OpenId; example data):')
  console.table(identitiesOf(EXAMPLE_SEED).map(({ openid, label, roles }) => ({ openid, label, roles: roles.join(',') || 'citizen' })))

  const stop = () => {
    void emulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

void main()
