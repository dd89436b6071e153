import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'

/**
 * The repository explains itself (docs/style.md, 4 and 8): every document a
 * source, test or doc file cites is in the repository, and rule ids are
 * written out one by one, so that `grep -w R7` finds every place R7 is cited.
 */
const root = path.resolve(__dirname, '..')

export interface TextFile {
  /** Path from the repository root, with `/`. */
  path: string
  text: string
}

/**
 * The `.md` documents a text names, bare or with a path (`docs/platform.md`,
 * `emulator/README.md`). A name inside a URL is not a citation.
 */
export function citedDocuments(text: string): string[] {
  return [...text.matchAll(/(?<![\w./:@-])((?:[\w.-]+\/)*[\w.-]+\.md)\b/g)].map((m) => m[1])
}

/** Rule ranges (the first id, a dash, the last id), where the ids should be written out one by one. */
export function ruleRanges(text: string): string[] {
  return [...text.matchAll(/\bR\d{1,2}\s*[–—-]\s*R?\d{1,2}\b/g)].map((m) => m[0])
}

/**
 * What is wrong in these files: a cited document that resolves neither from
 * the repository root nor from the citing file's folder, or resolves outside
 * the repository; a rule range.
 */
export function docProblems(files: readonly TextFile[], exists: (repoPath: string) => boolean): string[] {
  const inRepository = (target: string) => !target.startsWith('..') && !path.posix.isAbsolute(target) && exists(target)
  return files.flatMap((file) => {
    const missing = citedDocuments(file.text)
      .filter((cited) => {
        const fromRoot = path.posix.normalize(cited)
        const fromFile = path.posix.normalize(path.posix.join(path.posix.dirname(file.path), cited))
        return !inRepository(fromRoot) && !inRepository(fromFile)
      })
      .map((cited) => `${file.path} cites ${cited}, which is not in the repository`)
    const ranges = ruleRanges(file.text).map((range) => `${file.path} cites the range ${range}: write each rule id out`)
    return [...missing, ...ranges]
  })
}

/** Every tracked text file but the lockfile. */
function trackedTextFiles(): TextFile[] {
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: root, encoding: 'utf8' })
  if (listed.status !== 0) throw new Error(`git ls-files failed: ${listed.stderr}`)
  return listed.stdout
    .split('\0')
    .filter((file) => file && file !== 'package-lock.json' && existsSync(path.join(root, file)))
    .map((file) => ({ path: file, text: readFileSync(path.join(root, file), 'utf8') }))
    .filter((file) => !file.text.includes('\0'))
}

describe('the repository explains itself (docs/style.md, 4 and 8)', () => {
  const files = trackedTextFiles()

  it('finds the files it checks, the docs among them', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files.map((f) => f.path)).toEqual(expect.arrayContaining(['docs/rules.md', 'docs/architecture.md', 'docs/platform.md', 'docs/toolchain.md']))
  })

  it('cites only documents that are in the repository, and rule ids one by one', () => {
    expect(docProblems(files, (p) => existsSync(path.join(root, p)))).toEqual([])
  })

  it('names every rule R1 to R25 in docs/rules.md', () => {
    const rules = readFileSync(path.join(root, 'docs/rules.md'), 'utf8')
    const missing = Array.from({ length: 25 }, (_, i) => `R${i + 1}`).filter((id) => !new RegExp(`^- \\*\\*${id}\\*\\* `, 'm').test(rules))
    expect(missing).toEqual([])
  })

  it('catches the violations it looks for', () => {
    // Built from parts, so that this file itself cites nothing and holds no range.
    const md = (name: string) => `${name}.md`
    const dash = (from: string, to: string, sign = '–') => `${from}${sign}${to}`
    const seeded: TextFile[] = [
      { path: 'server/a.ts', text: `// a bare name (${md('platform')}), a path outside (${md('../shared/docs/rules')}), one inside (${md('docs/api')})` },
      { path: 'client/b.ts', text: `/** the form (${dash('R6', 'R8')}), the calendar (${dash('R2', 'R5', '-')}), ${dash('R3', '7', '-')}, and R1, R2 written out */` },
      { path: 'docs/notes.txt', text: `beside it: [api](${md('api')}); a URL: ${md('https://example.com/x/README')}; the emulator: ${md('emulator/README')}` },
    ]
    const present = new Set([md('docs/api'), md('emulator/README')])
    expect(docProblems(seeded, (p) => present.has(p))).toEqual([
      `server/a.ts cites ${md('platform')}, which is not in the repository`,
      `server/a.ts cites ${md('../shared/docs/rules')}, which is not in the repository`,
      `client/b.ts cites the range ${dash('R6', 'R8')}: write each rule id out`,
      `client/b.ts cites the range ${dash('R2', 'R5', '-')}: write each rule id out`,
      `client/b.ts cites the range ${dash('R3', '7', '-')}: write each rule id out`,
    ])
  })
})
