// Runs in a child process of wechat-audit.mjs: compiles a weapp project through
// WeChat's upload pipeline (miniprogram-ci's getCompiledResult) and runs
// DevTools' code-quality audit (checkCodeQuality), then sends the outcome to
// the parent and exits. The audit leaves a file watcher running, so only
// exiting ends it. Usage (by the parent): fork(this, [projectDir]).
import { generateKeyPairSync } from 'node:crypto'
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'
import ci from 'miniprogram-ci'

// Any well-formed appid will do: nothing is signed or sent (docs/toolchain.md).
const OFFLINE_APPID = 'wx0000000000000000'

/**
 * Globs that leave out of the project everything but project.config.json and
 * the path down to miniprogramRoot: the library walks the whole project
 * folder, node_modules and cloud functions included, unless told not to.
 */
function ignoresOutside(projectDir, miniprogramRoot) {
  const ignores = []
  let dir = projectDir
  const keep = ['project.config.json']
  for (const segment of miniprogramRoot.split('/').filter(Boolean)) {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name === segment || (dir === projectDir && keep.includes(entry.name))) continue
      const rel = path.relative(projectDir, path.join(dir, entry.name)).split(path.sep).join('/')
      ignores.push(entry.isDirectory() ? `${rel}/**` : rel)
    }
    dir = path.join(dir, segment)
  }
  return ignores
}

async function audit(projectDir) {
  const config = JSON.parse(readFileSync(path.join(projectDir, 'project.config.json'), 'utf8'))
  const project = new ci.Project({
    appid: OFFLINE_APPID,
    type: 'miniProgram',
    projectPath: projectDir,
    // A throwaway key made here, never written to disk: the offline attr()
    // below means the library never uses it to ask WeChat anything.
    privateKey: generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey.export({ type: 'pkcs1', format: 'pem' }),
    ignores: ignoresOutside(projectDir, config.miniprogramRoot ?? ''),
    // The library first asks WeChat's servers for the project's attributes;
    // its own defaults answer instead, so both calls run with no network.
    attr: async () => structuredClone(ci.DefaultProjectAttr),
  })
  const started = Date.now()
  // The project's own settings (compression), with ES6 transpiling on as an
  // upload does: with it off, a syntax error passes the compile unnoticed.
  const compiled = await ci.getCompiledResult({ project, setting: { useProjectConfig: true, es6: true } })
  const compileMs = Date.now() - started
  const files = Object.fromEntries(Object.entries(compiled).map(([file, content]) => [file, Buffer.byteLength(content)]))
  const checks = (await ci.checkCodeQuality(project)).map(({ name, success, text }) => ({ name, success, text }))
  return { files, checks, compileMs, auditMs: Date.now() - started - compileMs }
}

/** The error's message without the code frame Babel appends: one minified line of a bundle can be 100 KB. */
function headline(error) {
  const lines = String(error?.message ?? error).split('\n')
  const frame = lines.findIndex((line) => /^\s*(>\s*)?\d+ \|/.test(line))
  return (frame === -1 ? lines : lines.slice(0, frame)).filter((line) => line.trim()).map((line) => line.trim().slice(0, 300)).join(' ')
}

function send(message) {
  process.send(message, () => process.exit(0))
}

audit(path.resolve(process.argv[2])).then(
  (result) => send({ ok: true, ...result }),
  (error) => send({ ok: false, error: headline(error) }),
)
