// Bundles each cloud function's src/index.ts, with what it uses from shared/
// and server/, into cloudfunctions/<name>/index.js, as WeChat deploys it.
// What a function's package.json lists as dependencies (wx-server-sdk; exceljs and docx for the
// section's documents) stays external: WeChat installs it in the cloud (docs/deploy.md).
// Each function's config.json is generated from the manifest (cloudbaserc.json): it is how
// openapi permissions reach the platform, so it is never edited by hand.
import { build } from 'esbuild'
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { require as tsRequire } from 'tsx/cjs/api'

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
  const { loadManifest, functionConfigJson } = tsRequire('../deploy/manifest/index.ts', import.meta.url)
  const manifest = loadManifest(root)
  for (const name of names) {
    const fn = manifest.functions.find((f) => f.name === name)
    if (!fn) throw new Error(`cloudfunctions/${name} is not in cloudbaserc.json: add it there (runtime, timeout, permissions …)`)
    writeIfChanged(path.join(functionsDir, name, 'config.json'), Buffer.from(functionConfigJson(fn)))
  }
  await Promise.all(
    names.map(async (name) => {
      const outfile = path.join(functionsDir, name, 'index.js')
      const result = await build({
        entryPoints: [path.join(functionsDir, name, 'src', 'index.ts')],
        outfile,
        write: false,
        bundle: true,
        platform: 'node',
        target: 'node20', // the runtime cloudbaserc.json names (Nodejs20.19)
        // minified, names kept: stack traces in the platform's logs stay readable
        minify: true,
        keepNames: true,
        format: 'cjs',
        external: dependenciesOf(name),
        alias: { '@shared': path.join(root, 'shared'), '@server': path.join(root, 'server') },
        legalComments: 'none',
        logLevel: 'warning',
      })
      writeIfChanged(outfile, result.outputFiles[0].contents)
    }),
  )
  return names
}

/** The function's package.json `dependencies`: installed in the cloud, never bundled. */
export function dependenciesOf(name) {
  const pkg = JSON.parse(readFileSync(path.join(functionsDir, name, 'package.json'), 'utf8'))
  return Object.keys(pkg.dependencies ?? {})
}

function writeIfChanged(file, content) {
  if (!existsSync(file) || !readFileSync(file).equals(content)) writeFileSync(file, content)
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  try {
    const built = await buildFunctions()
    console.log(`built ${built.length} cloud functions: ${built.join(', ')}`)
  } catch (error) {
    console.error(error.code === 'MANIFEST_INVALID' ? error.message : error)
    process.exit(1)
  }
}
