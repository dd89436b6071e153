/**
 * Defects seeded into a temporary copy of the build, one at a time, to show
 * that the render checks fail on each. The real client/dist/weapp is never
 * touched.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DIST } from './harness'

export interface SeededDefect {
  name: string
  /** What the harness's failure should mention: the mechanism that caught it. */
  caughtBy: RegExp
  seed: (root: string) => void
}

const copies: string[] = []

/** Copies the build to a fresh temporary folder and returns its path. */
export function copyBuild(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'weapp-defect-'))
  fs.cpSync(DIST, root, { recursive: true })
  copies.push(root)
  return root
}

/** Deletes every copy made so far. */
export function removeCopies(): void {
  for (const root of copies.splice(0)) fs.rmSync(root, { recursive: true, force: true })
}

/** Replaces text in one file of the copy; throws if the text is not there, so a changed build cannot make a seed silently a no-op. */
function edit(root: string, file: string, change: (text: string) => string): void {
  const full = path.join(root, file)
  const before = fs.readFileSync(full, 'utf8')
  const after = change(before)
  if (after === before) throw new Error(`seeding changed nothing in ${file}`)
  fs.writeFileSync(full, after)
}

/** The template Taro renders each text node with, `<block>{{i.v}}</block>`. */
const TEXT_TEMPLATE = /(<template name="tmpl_0_9">\s*<block>)\{\{i\.v\}\}(<\/block>)/

export const SEEDED_DEFECTS: SeededDefect[] = [
  {
    name: 'a broken tag in base.wxml',
    caughtBy: /expect end-tag `text`/,
    seed: (root) => edit(root, 'base.wxml', (t) => t.replace('</text>', '</txet>')),
  },
  {
    name: 'a missing template (the one for <Text>)',
    caughtBy: /WXMLRT_.*Template `tmpl_0_5` not found/,
    seed: (root) => edit(root, 'base.wxml', (t) => t.replace(/<template name="tmpl_0_5">[\s\S]*?<\/template>/, '')),
  },
  {
    name: 'a lost bindtap',
    caughtBy: /Expected substring: "大字模式：开"/,
    seed: (root) => edit(root, 'base.wxml', (t) => t.replace(/ bindtap="eh"/g, '')),
  },
  {
    name: 'utils.wxs picking the wrong templates',
    // The home page renders nothing, or (with its deeper month calendar) WXMLRT misses a template.
    caughtBy: /Expected substring: "沂源县政务服务中心"|Template `tmpl_\d+_\d+` not found/,
    seed: (root) => edit(root, 'utils.wxs', (t) => t.replace("return 'tmpl_' + l + '_' + n", "return 'tmpl_' + n + '_' + l")),
  },
  {
    name: 'a syntax error in utils.wxs',
    caughtBy: /utils\.wxs:\d+:\d+/,
    seed: (root) => edit(root, 'utils.wxs', (t) => t.replace("return 'tmpl_' + l + '_' + n", "return 'tmpl_' + l + '_' + n +")),
  },
  {
    name: 'process.env.X left in a page',
    caughtBy: /process is not defined/,
    seed: (root) =>
      edit(root, 'pages/index/index.js', (t) =>
        t.replace(/\{(\d+):function\((\w+),(\w+),(\w+)\)\{/, (m) => `${m}var apiBase=process.env.TARO_APP_API;`),
      ),
  },
  {
    name: 'an emptied text template',
    caughtBy: /Expected substring: "沂源县政务服务中心"\s+Received string:\s+""/,
    seed: (root) => edit(root, 'base.wxml', (t) => t.replace(TEXT_TEMPLATE, '$1$2')),
  },
]
