// WeChat's own checks of the weapp build, offline: the compile an upload runs
// (ES6 transpiling on, the project's compression settings) and DevTools'
// code-quality audit (代码质量), both from miniprogram-ci. Fails on a compile
// error, on any failing audit check, or when the copy of project.config.json
// that Taro writes into the build disagrees with the root one.
// Run after `npm run build:weapp`:  node scripts/wechat-audit.mjs [projectDir]
import { fork } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const here = path.dirname(fileURLToPath(import.meta.url))
export const ROOT = path.resolve(here, '..')

// A compile of the whole build takes 35–90 s on a loaded 2-core machine.
const TIMEOUT_MS = 300_000

/** Settings the audit grades and the compile obeys; both copies must agree on them. */
const SHARED_SETTINGS = ['es6', 'minified', 'minifyWXML', 'minifyWXSS']

/**
 * Compiles and audits the project in a child process, which is killed after
 * `timeoutMs` (the audit leaves a file watcher running, and a hung compile
 * must not hang CI). Resolves to `{ ok, files, checks, compileMs, auditMs }`
 * or `{ ok: false, error }`; never rejects.
 */
export function auditWeapp(projectDir = ROOT, { timeoutMs = TIMEOUT_MS } = {}) {
  return new Promise((resolve) => {
    // Its own process group: the compiler forks workers of its own, and a
    // kill must reach them too. Its own working folder: the library leaves an
    // empty folder named by a hash in the current one at every run.
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'wechat-audit-'))
    const child = fork(path.join(here, 'wechat-audit-child.mjs'), [path.resolve(projectDir)], {
      cwd,
      stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
      detached: true,
      execArgv: [],
    })
    const killGroup = () => {
      try {
        process.kill(-child.pid, 'SIGKILL')
      } catch {
        // already gone
      }
    }
    // The library logs its progress and its failed network calls: the end of
    // that log goes with a failure only when the child gave no answer.
    let log = ''
    const keep = (chunk) => (log = (log + chunk).slice(-2000))
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    let answer = null
    let timedOut = false
    const timer = setTimeout(() => {
      timedOut = true
      killGroup()
    }, timeoutMs)
    child.on('message', (message) => (answer ??= message))
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      killGroup()
      rmSync(cwd, { recursive: true, force: true })
      if (answer) resolve(answer)
      else if (timedOut) resolve({ ok: false, error: `no answer within ${timeoutMs / 1000} s; its log ended:\n${log}` })
      else resolve({ ok: false, error: `the audit process ended (${signal ?? code}) without an answer; its log ended:\n${log}` })
    })
  })
}

/** The project.config.json settings that differ between the root and the build's copy, as sentences. */
export function settingsDisagreements(projectDir = ROOT) {
  const rootConfig = JSON.parse(readFileSync(path.join(projectDir, 'project.config.json'), 'utf8'))
  const copyPath = path.join(projectDir, rootConfig.miniprogramRoot ?? '', 'project.config.json')
  if (!existsSync(copyPath)) return []
  const copy = JSON.parse(readFileSync(copyPath, 'utf8'))
  return SHARED_SETTINGS.filter((key) => Boolean(rootConfig.setting?.[key]) !== Boolean(copy.setting?.[key])).map(
    (key) => `setting.${key} is ${Boolean(rootConfig.setting?.[key])} in project.config.json but ${Boolean(copy.setting?.[key])} in ${path.relative(projectDir, copyPath)}`,
  )
}

/** Every reason the project fails, one line each; empty when it passes. */
export function failuresOf(result, projectDir = ROOT) {
  const failures = settingsDisagreements(projectDir)
  if (!result.ok) return [...failures, `compile or audit failed: ${result.error}`]
  for (const check of result.checks) if (!check.success) failures.push(`audit check ${check.name} failed: ${check.text}`)
  return failures
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const projectDir = path.resolve(process.argv[2] ?? ROOT)
  const result = await auditWeapp(projectDir)
  if (result.ok) {
    console.log(`compiled ${Object.keys(result.files).length} files in ${(result.compileMs / 1000).toFixed(1)} s; audit in ${(result.auditMs / 1000).toFixed(1)} s`)
    for (const check of result.checks) console.log(`${check.success ? 'pass' : 'FAIL'}  ${check.name}: ${check.text}`)
  }
  const failures = failuresOf(result, projectDir)
  if (failures.length) {
    console.error(`\nWeChat's checks failed:\n- ${failures.join('\n- ')}`)
    process.exit(1)
  }
}
