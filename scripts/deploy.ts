/**
 * `npm run deploy [-- --plan]`: the cloud functions, collections, indexes and rules of
 * cloudbaserc.json and collections.json, then the mini-program, into the WeChat cloud
 * environment named by TCB_ENV_ID. See docs/deploy.md.
 *
 * Environment: TCB_SECRET_ID, TCB_SECRET_KEY, TCB_ENV_ID (Tencent Cloud key pair and env id);
 * WX_APPID, WX_UPLOAD_KEY_PATH (the mini-program and its upload key); ADMIN_OPENIDS (the
 * first admins); TCB_BASE_URL to point the management SDK's TCB calls elsewhere.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'

import CloudBase from '@cloudbase/manager-node'

import type { Manager } from '../deploy/cloud/managerTarget'
import type { MiniprogramCi } from '../deploy/cloud/uploadMiniProgram'
import { runDeploy } from '../deploy/runDeploy'

const root = path.resolve(__dirname, '..')

function npmRun(script: string): void {
  const r = spawnSync('npm', ['run', script], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] })
  if (r.status !== 0) throw new Error(`npm run ${script} failed`)
}

void runDeploy(process.argv.slice(2), {
  root,
  env: process.env,
  out: (line) => console.log(line),
  build: (what) => npmRun(what === 'functions' ? 'build:functions' : 'build:weapp'),
  connect: ({ secretId, secretKey, envId }) => new CloudBase({ secretId, secretKey, envId }) as unknown as Manager,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  ci: () => require('miniprogram-ci') as MiniprogramCi,
  release() {
    const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version
    const commit = spawnSync('git', ['log', '-1', '--format=%h %s'], { cwd: root, encoding: 'utf8' }).stdout.trim()
    return { version, desc: `${version} (${commit || 'no git'})` }
  },
}).then((code) => process.exit(code))
