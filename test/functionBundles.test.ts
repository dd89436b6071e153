import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'

/** Each function's own bundled code stays small, minified with its names kept (issue 12, item 6). */
const root = path.resolve(__dirname, '..')
const functionsDir = path.join(root, 'cloudfunctions')
const names = readdirSync(functionsDir).filter((name) => !name.startsWith('.'))

beforeAll(() => {
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build-functions.mjs')], { encoding: 'utf8' })
  if (build.status !== 0) throw new Error(build.stderr)
})

describe('cloud function bundles', () => {
  it.each(names)('%s is at most 180 KB, with wx-server-sdk left to the cloud', (name) => {
    const code = readFileSync(path.join(functionsDir, name, 'index.js'), 'utf8')
    expect(code.length).toBeLessThanOrEqual(180 * 1024)
    expect(code).toContain('require("wx-server-sdk")')
  })

  it('leaves the section\'s document libraries (exceljs, docx) to the cloud, as its package.json lists them (docs/deploy.md)', () => {
    const code = readFileSync(path.join(functionsDir, 'section', 'index.js'), 'utf8')
    const pkg = JSON.parse(readFileSync(path.join(functionsDir, 'section', 'package.json'), 'utf8'))
    expect(pkg.dependencies).toEqual({ docx: '9.15.2', exceljs: '4.4.0', 'wx-server-sdk': '4.0.2' })
    expect(code).toContain('require("exceljs")')
    expect(code).toContain('require("docx")')
  })

  it('keeps function names, so a stack trace in the platform log names the function', () => {
    const code = readFileSync(path.join(functionsDir, 'catalog', 'index.js'), 'utf8')
    // esbuild's keepNames: minified identifiers get their source names back
    expect(code).toMatch(/__name\(|,"[a-zA-Z]+"\)/)
    expect(code).toContain('"resolveActor"')
  })
})
