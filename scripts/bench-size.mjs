// Sizes of what ships: the weapp main package and each subpackage, as built
// and as WeChat counts them after its upload compile (ES6 transpiling and the
// compression project.config.json turns on, scripts/wechat-audit.mjs), the H5
// app's initial JS, and each cloud function bundle. Fails when a compiled
// package passes WeChat's 2 MB limit, the compiled main package passes our
// 450 KB budget, or a cloud function's own bundled code passes 180 KB
// (minified, names kept; large libraries are dependencies installed in the
// cloud, like wx-server-sdk).
// Run after `npm run build`:  npm run bench:size
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { auditWeapp, failuresOf } from './wechat-audit.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const weapp = path.join(root, 'client', 'dist', 'weapp')
const h5 = path.join(root, 'client', 'dist', 'h5')
const KB = 1024
const WECHAT_PACKAGE_LIMIT = 2 * KB * KB
const MAIN_BUDGET = 450 * KB
const FUNCTION_BUDGET = 180 * KB

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name)
    return d.isDirectory() ? filesUnder(full) : [full]
  })
}

const bytes = (files) => files.reduce((sum, f) => sum + statSync(f).size, 0)
const kb = (n) => `${(n / KB).toFixed(1)} KB`

for (const [dir, cmd] of [[weapp, 'build:weapp'], [h5, 'build:h5']]) {
  if (!existsSync(dir)) {
    console.error(`${path.relative(root, dir)} is missing: run npm run ${cmd} first`)
    process.exit(1)
  }
}

const rows = []
const failures = []

// WeChat counts a package as every file under its root; the main package is
// everything outside the subpackage roots. project.config.json is not shipped
// as built; the compile's own output is counted whole, as WeChat packs it.
const app = JSON.parse(readFileSync(path.join(weapp, 'app.json'), 'utf8'))
const subRoots = (app.subPackages ?? app.subpackages ?? []).map((p) => p.root.replace(/\/$/, ''))
const packageOf = (rel) => subRoots.find((r) => rel.startsWith(r + '/')) ?? 'main'
/** Bytes per package ('main' or a subpackage root) of `[path relative to the build, bytes]` pairs. */
function perPackage(entries) {
  const sizes = Object.fromEntries(['main', ...subRoots].map((r) => [r, 0]))
  for (const [rel, size] of entries) sizes[packageOf(rel)] += size
  return sizes
}
const built = perPackage(
  filesUnder(weapp)
    .filter((f) => path.basename(f) !== 'project.config.json')
    .map((f) => [path.relative(weapp, f).split(path.sep).join('/'), statSync(f).size]),
)
const audit = await auditWeapp()
if (!audit.ok) {
  console.error(`WeChat's compile failed, so its sizes are unknown:\n- ${failuresOf(audit).join('\n- ')}`)
  process.exit(1)
}
const compiled = perPackage(Object.entries(audit.files))
const total = (sizes) => Object.values(sizes).reduce((sum, n) => sum + n, 0)

rows.push(['weapp main package, as built', built.main, '', ''])
rows.push(["weapp main package, after WeChat's compile", compiled.main, '', `${kb(MAIN_BUDGET)} (WeChat: 2048 KB)`])
if (compiled.main > MAIN_BUDGET) failures.push(`main package ${kb(compiled.main)} > ${kb(MAIN_BUDGET)}`)
for (const r of subRoots) {
  rows.push([`weapp subpackage ${r}, as built`, built[r], '', ''])
  rows.push([`weapp subpackage ${r}, after WeChat's compile`, compiled[r], '', '2048 KB'])
  if (compiled[r] > WECHAT_PACKAGE_LIMIT) failures.push(`subpackage ${r} ${kb(compiled[r])} > 2048 KB`)
}
rows.push(['weapp total, as built', total(built), '', ''])
rows.push(["weapp total, after WeChat's compile", total(compiled), '', ''])

// The H5 app's initial JS: the scripts index.html loads before anything else.
const html = readFileSync(path.join(h5, 'index.html'), 'utf8')
const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => path.join(h5, m[1].replace(/^\//, '')))
const initial = scripts.map((f) => readFileSync(f))
const raw = initial.reduce((s, b) => s + b.length, 0)
const gz = initial.reduce((s, b) => s + gzipSync(b, { level: 9 }).length, 0)
rows.push([`H5 initial JS (${scripts.length} files)`, raw, gz, ''])
rows.push(['H5 all JS', bytes(filesUnder(h5).filter((f) => f.endsWith('.js'))), '', ''])

const functionsDir = path.join(root, 'cloudfunctions')
for (const name of readdirSync(functionsDir).sort()) {
  const bundle = path.join(functionsDir, name, 'index.js')
  if (!existsSync(bundle)) continue
  const buf = readFileSync(bundle)
  rows.push([`cloud function ${name}`, buf.length, gzipSync(buf, { level: 9 }).length, kb(FUNCTION_BUDGET)])
  if (buf.length > FUNCTION_BUDGET) failures.push(`cloud function ${name} ${kb(buf.length)} > ${kb(FUNCTION_BUDGET)}`)
}

console.log('| what | bytes | gzip | budget |')
console.log('|---|---:|---:|---|')
for (const [what, size, gzip, budget] of rows) console.log(`| ${what} | ${kb(size)} | ${gzip === '' ? '' : kb(gzip)} | ${budget} |`)
if (failures.length) {
  console.error(`\nover budget:\n- ${failures.join('\n- ')}`)
  process.exit(1)
}
