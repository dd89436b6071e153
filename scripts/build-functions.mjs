// Bundles each cloud function's src/index.ts, with what it uses from shared/
// and server/, into cloudfunctions/<name>/index.js, as WeChat deploys it.
// wx-server-sdk stays external: WeChat installs it from the function's package.json.
import { build } from 'esbuild'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const functionsDir = path.join(root, 'cloudfunctions')

export function functionNames() {
  return readdirSync(functionsDir, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(functionsDir, d.name, 'src', 'index.ts')))
    .map((d) => d.name)
    .sort()
}

// A bundle is written only when its content changed: the emulator retires a
// function's running instances when the file changes (mtime), and test files
// running side by side each rebuild the functions as they start.
export async function buildFunctions(names = functionNames()) {
  await Promise.all(
    names.map(async (name) => {
      const outfile = path.join(functionsDir, name, 'index.js')
      const result = await build({
        entryPoints: [path.join(functionsDir, name, 'src', 'index.ts')],
        outfile,
        write: false,
        bundle: true,
        platform: 'node',
        target: 'node16', // the oldest runtime the console offers for new functions
        format: 'cjs',
        external: ['wx-server-sdk'],
        alias: { '@shared': path.join(root, 'shared'), '@server': path.join(root, 'server') },
        legalComments: 'none',
        logLevel: 'warning',
      })
      const code = result.outputFiles[0].contents
      if (!existsSync(outfile) || !readFileSync(outfile).equals(code)) writeFileSync(outfile, code)
    }),
  )
  return names
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const built = await buildFunctions()
  console.log(`built ${built.length} cloud functions: ${built.join(', ')}`)
}
