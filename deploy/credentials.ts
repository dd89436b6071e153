/** Where each credential comes from: environment variables only, never a file in the repository. */
export const CLOUD_VARIABLES = { secretId: 'TCB_SECRET_ID', secretKey: 'TCB_SECRET_KEY', envId: 'TCB_ENV_ID' } as const
export const WEAPP_VARIABLES = { appid: 'WX_APPID', uploadKeyPath: 'WX_UPLOAD_KEY_PATH' } as const

export type CloudCredentials = Record<keyof typeof CLOUD_VARIABLES, string>
export type WeappCredentials = Record<keyof typeof WEAPP_VARIABLES, string>

/** A deploy that cannot start: which variable is missing. Nothing was changed. */
export class CredentialError extends Error {
  readonly code = 'DEPLOY_CREDENTIAL_MISSING'
}

/**
 * The credentials named by `variables`, or a CredentialError naming the first missing one.
 * Values are read, never echoed: messages name variables only.
 */
export function readCredentials<K extends string>(env: Readonly<Record<string, string | undefined>>, variables: Readonly<Record<K, string>>): Record<K, string> {
  const out = {} as Record<K, string>
  for (const [key, name] of Object.entries(variables) as [K, string][]) {
    const value = env[name]
    if (value === undefined || value.trim() === '') throw new CredentialError(`${name} is not set: the deploy reads its credentials only from the environment`)
    out[key] = value
  }
  return out
}

/** Whether any of `variables` is set: a plan with some cloud credentials must have them all. */
export function anySet(env: Readonly<Record<string, string | undefined>>, variables: Readonly<Record<string, string>>): boolean {
  return Object.values(variables).some((name) => (env[name] ?? '') !== '')
}
