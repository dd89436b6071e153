// `npm start`: builds what is missing (cloud functions, the H5 app), then runs
// the local emulator of WeChat's cloud, which serves the H5 app at `/`.
import { spawnSync, spawn } from 'node:child_process'
import { existsSync, readdirSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const run = (script) => {
  console.log(`> npm run ${script}`)
  const r = spawnSync('npm', ['run', script], { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) process.exit(r.status ?? 1)
}

const functionsDir = path.join(root, 'cloudfunctions')
const missingFunction = readdirSync(functionsDir, { withFileTypes: true }).some(
  (d) => d.isDirectory() && existsSync(path.join(functionsDir, d.name, 'src')) && !existsSync(path.join(functionsDir, d.name, 'index.js')),
)
if (missingFunction || process.argv.includes('--rebuild')) run('build:functions')
if (!existsSync(path.join(root, 'client', 'dist', 'h5', 'index.html')) || process.argv.includes('--rebuild')) run('build:h5')

const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, 'emulator', 'src', 'server.ts')], {
  cwd: root,
  stdio: 'inherit',
  env: process.env,
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code) => process.exit(code ?? 0))
