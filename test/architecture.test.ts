import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'

/**
 * Dependencies point one way: client -> shared <- cloudfunctions (style.md, 1).
 * shared/ is pure domain code: no Taro, no wx-server-sdk, no clock.
 */
const root = path.resolve(__dirname, '..')

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'dist') continue
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full))
    else if (/\.(ts|tsx)$/.test(entry) && !entry.endsWith('.d.ts')) out.push(full)
  }
  return out
}

function parse(file: string): ts.SourceFile {
  return ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
}

/** Every module specifier a file imports, re-exports or requires. */
export function importsOf(source: ts.SourceFile): string[] {
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      found.push(node.moduleSpecifier.text)
    }
    if (ts.isCallExpression(node) && node.arguments.length === 1 && ts.isStringLiteral(node.arguments[0])) {
      const callee = node.expression
      if ((ts.isIdentifier(callee) && callee.text === 'require') || callee.kind === ts.SyntaxKind.ImportKeyword) {
        found.push(node.arguments[0].text)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

/** Places a file reads the clock: `Date.now()`, `new Date()` with no argument, `performance.now()`. */
export function clockReadsOf(source: ts.SourceFile): string[] {
  const found: string[] = []
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'Date' && !node.arguments?.length) {
      found.push(node.getText())
    }
    if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression)) {
      const { expression, name } = node.expression
      if (ts.isIdentifier(expression) && ['Date', 'performance'].includes(expression.text) && name.text === 'now') found.push(node.getText())
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'dayjs' && node.arguments.length === 0) {
      found.push(node.getText())
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

function resolvesInto(file: string, spec: string, folder: string): boolean {
  if (!spec.startsWith('.')) return false
  const target = path.resolve(path.dirname(file), spec)
  return target === path.join(root, folder) || target.startsWith(path.join(root, folder) + path.sep)
}

const rel = (file: string) => path.relative(root, file)

describe('dependency direction (style.md, 1)', () => {
  const shared = sourceFiles(path.join(root, 'shared')).filter((f) => !f.endsWith('.test.ts'))
  const client = sourceFiles(path.join(root, 'client', 'src'))

  it('finds the sources it checks', () => {
    expect(shared.length).toBeGreaterThan(3)
    expect(client.length).toBeGreaterThan(3)
  })

  it('keeps Taro, React, wx-server-sdk and the other layers out of shared/', () => {
    const offenders = shared.flatMap((file) =>
      importsOf(parse(file))
        .filter(
          (spec) =>
            /^(@tarojs\/|react|wx-server-sdk|@cloudbase\/)/.test(spec) ||
            ['client', 'cloudfunctions', 'server', 'emulator'].some((folder) => resolvesInto(file, spec, folder)),
        )
        .map((spec) => `${rel(file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('never reads the clock in shared/: "now" is a parameter', () => {
    const offenders = shared.flatMap((file) => clockReadsOf(parse(file)).map((read) => `${rel(file)}: ${read}`))
    expect(offenders).toEqual([])
  })

  it('keeps the server side out of client/', () => {
    const offenders = client.flatMap((file) =>
      importsOf(parse(file))
        .filter(
          (spec) =>
            /^(wx-server-sdk|@cloudbase\/)/.test(spec) ||
            ['cloudfunctions', 'server', 'emulator'].some((folder) => resolvesInto(file, spec, folder)),
        )
        .map((spec) => `${rel(file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('keeps the cloud functions out of server/: functions use server/, never the reverse', () => {
    // Tests may check server code against the emulator's rules; shipped code may not lean on it.
    const server = sourceFiles(path.join(root, 'server')).filter((f) => !f.endsWith('.test.ts'))
    expect(server.length).toBeGreaterThan(3)
    const offenders = server.flatMap((file) =>
      importsOf(parse(file))
        .filter((spec) => ['cloudfunctions', 'client', 'emulator'].some((folder) => resolvesInto(file, spec, folder)))
        .map((spec) => `${rel(file)} imports ${spec}`),
    )
    expect(offenders).toEqual([])
  })

  it('catches the violations it looks for', () => {
    const probe = ts.createSourceFile(
      'probe.ts',
      "import Taro from '@tarojs/taro'\nconst cloud = require('wx-server-sdk')\nconst a = Date.now(); const b = new Date(); const c = new Date(0)",
      ts.ScriptTarget.Latest,
      true,
    )
    expect(importsOf(probe)).toEqual(['@tarojs/taro', 'wx-server-sdk'])
    expect(clockReadsOf(probe)).toEqual(['Date.now()', 'new Date()'])
  })
})

describe('client zones (docs/architecture.md, "Client")', () => {
  // eslint.config.mjs holds the rule; this shows it fails on a seeded violation (docs/style.md, 9).
  // ESLint loads its config with import(), which jest's module system refuses: it runs as it does on the command line.
  const lint = (filePath: string, text: string) => {
    const run = spawnSync(path.join(root, 'node_modules/.bin/eslint'), ['--stdin', '--stdin-filename', filePath, '--format', 'json'], {
      cwd: root,
      input: text,
      encoding: 'utf8',
    })
    const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; line: number }[] }[]
    return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.line)
  }

  it('refuses a subpackage import from the main package, and one subpackage importing another', () => {
    expect(lint('client/src/features/counter/probe.ts', "import { Field } from '../../packages/admin/components/Field'\nexport const f = Field\n")).toEqual([1])
    expect(lint('client/src/packages/admin/pages/probe.ts', "import { x } from '../../citizen/pages/x'\nexport const y = x\n")).toEqual([1])
  })

  it('lets a subpackage use its own files and the main package', () => {
    const text = "import { Field } from '../../../components/Field'\nimport { x } from '../components/x'\nexport const y = [Field, x]\n"
    expect(lint('client/src/packages/admin/pages/probe.ts', text)).toEqual([])
  })
})
