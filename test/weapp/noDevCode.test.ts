import fs from 'node:fs'
import path from 'node:path'
import { DIST } from './harness'

/**
 * The dev gateway is the local emulator's, for the H5 build: its routes, the `X-OpenId`
 * header that names any caller, and the `dev.openid` storage key must not ship in the
 * mini-program (client/src/api/devGateway.ts keeps them out at build time).
 */
const DEV_ONLY = [/\/__dev\//, /x-openid/i, /dev\.openid/]

function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    return entry.isDirectory() ? filesUnder(file) : [file]
  })
}

describe('the weapp build holds no dev-only code', () => {
  const files = fs.existsSync(path.join(DIST, 'app.js')) ? filesUnder(DIST).filter((file) => /\.(js|json|wxml|wxs)$/.test(file)) : []

  it('is built (npm run build:weapp) and calls its functions through WeChat', () => {
    expect(files.length).toBeGreaterThan(0)
    expect(files.some((file) => fs.readFileSync(file, 'utf8').includes('callFunction'))).toBe(true)
  })

  it.each(DEV_ONLY.map((pattern) => [String(pattern), pattern]))('has no %s in any file', (_name, pattern) => {
    const found = files.filter((file) => pattern.test(fs.readFileSync(file, 'utf8'))).map((file) => path.relative(DIST, file))
    expect(found).toEqual([])
  })
})
