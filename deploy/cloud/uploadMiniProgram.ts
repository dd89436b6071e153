import path from 'node:path'

import type { WeappCredentials } from '../credentials'

/** The parts of `miniprogram-ci` the upload uses. */
export interface MiniprogramCi {
  Project: new (options: { appid: string; type: 'miniProgram'; projectPath: string; privateKeyPath: string; ignores?: string[] }) => unknown
  upload(options: { project: unknown; version: string; desc: string; setting?: Record<string, boolean>; robot?: number }): Promise<unknown>
}

/**
 * Uploads the built weapp (client/dist/weapp, where Taro writes project.config.json) as a
 * development version with a description. It becomes the trial version only when chosen in
 * 版本管理 (a manual step). The mini-program has no runtime of its own to pick: only cloud
 * functions do, and those are created by the management SDK, never by miniprogram-ci (whose
 * cloud.uploadFunction would create a missing function on Nodejs8.9).
 */
export async function uploadMiniProgram(ci: MiniprogramCi, root: string, credentials: WeappCredentials, version: string, desc: string): Promise<void> {
  const project = new ci.Project({
    appid: credentials.appid,
    type: 'miniProgram',
    projectPath: path.join(root, 'client', 'dist', 'weapp'),
    privateKeyPath: credentials.uploadKeyPath,
    ignores: ['node_modules/**/*'],
  })
  await ci.upload({ project, version, desc, setting: { es6: false, minify: true }, robot: 1 })
}
