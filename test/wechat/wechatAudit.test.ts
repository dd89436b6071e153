import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '..', '..')
const AUDIT = path.join(ROOT, 'scripts', 'wechat-audit.mjs')
const DIST = path.join(ROOT, 'client', 'dist', 'weapp')

interface Run {
  code: number
  output: string
}

/** Runs `node scripts/wechat-audit.mjs <projectDir>` as CI does and collects what it prints. */
function audit(projectDir: string): Promise<Run> {
  return new Promise((resolve) => {
    execFile(process.execPath, [AUDIT, projectDir], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
    )
  })
}

describe("WeChat's upload compile and code-quality audit of the weapp build", () => {
  const copies: string[] = []
  afterAll(() => {
    for (const dir of copies) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('compiles the build with ES6 on and passes all 11 audit checks', async () => {
    const run = await audit(ROOT)
    expect(run.output).not.toMatch(/FAIL|failed/)
    expect(run.output.match(/^pass {2}[A-Z_]+: /gm)).toHaveLength(11)
    expect(run.output).toMatch(/pass {2}LAZYCODE_LOADING_OPEN/)
    expect(run.code).toBe(0)
  })

  // A project laid out like the repository (project.config.json beside the
  // build it names), holding a copy: the real client/dist/weapp is never edited.
  it('fails on a syntax error seeded in the built JavaScript, naming the file', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-audit-'))
    copies.push(project)
    const config = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'))
    fs.writeFileSync(path.join(project, 'project.config.json'), JSON.stringify({ ...config, miniprogramRoot: 'weapp/' }))
    fs.cpSync(DIST, path.join(project, 'weapp'), { recursive: true })
    fs.appendFileSync(path.join(project, 'weapp', 'pages', 'index', 'index.js'), '\nvar total = ;\n')

    const run = await audit(project)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/compile or audit failed: file: pages\/index\/index\.js .*Unexpected token/)
  })

  // A one-page mini-program that compiles cleanly, so the audit runs (in
  // seconds, not a whole build's minute): with compression off and no
  // lazyCodeLoading it must fail by the checks' names and texts.
  it('fails on a failing audit check, naming the check and its text', async () => {
    const project = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-audit-'))
    copies.push(project)
    const files: Record<string, string> = {
      'project.config.json': JSON.stringify({ miniprogramRoot: 'mini/', compileType: 'miniprogram', setting: { es6: true, minified: false } }),
      'mini/app.json': JSON.stringify({ pages: ['pages/index/index'] }),
      'mini/app.js': 'App({})\n',
      'mini/pages/index/index.json': '{}',
      'mini/pages/index/index.js': 'Page({ data: { text: "预约+无休" } })\n',
      'mini/pages/index/index.wxml': '<view>{{text}}</view>\n',
    }
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(project, file)), { recursive: true })
      fs.writeFileSync(path.join(project, file), text)
    }

    const run = await audit(project)
    expect(run.code).toBe(1)
    expect(run.output).toMatch(/audit check JS_COMPRESS_OPEN failed: JS compression is not turned on/)
    expect(run.output).toMatch(/audit check LAZYCODE_LOADING_OPEN failed: LazyCodeLoading is not turned on/)
    expect(run.output).toMatch(/^pass {2}PACKAGE_SIZE_LIMIT: /m)
  })
})
