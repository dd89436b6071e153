import type { FunctionSpec } from './manifest'

/**
 * The `config.json` uploaded in a function's folder: the only way openapi permissions reach
 * the platform, and the trigger DevTools' 上传触发器 reads. Generated from the manifest by
 * `npm run build:functions`, never edited by hand; it holds only the keys the platform reads.
 */
export function functionConfigJson(fn: FunctionSpec): string {
  const config = {
    permissions: { openapi: fn.permissions.openapi },
    ...(fn.triggers.length > 0 ? { triggers: fn.triggers } : {}),
  }
  return `${JSON.stringify(config, null, 2)}\n`
}
