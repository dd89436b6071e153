import fs from 'node:fs'
import path from 'node:path'
import { expectPageRenders } from './checks'
import { DIST, pagesOf } from './harness'

describe('every page of the built app.json', () => {
  const pages = pagesOf()

  it('lists the tab pages and both subpackages', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['pages/index/index', 'pages/staff/index', 'packages/staff/pages/queue/index', 'packages/admin/pages/items/index']),
    )
  })

  it.each(pages)('%s has its .js, .json and .wxml in the build', (route) => {
    for (const ext of ['.js', '.json', '.wxml']) expect(fs.existsSync(path.join(DIST, route + ext))).toBe(true)
  })

  it.each(pages)('%s renders its visible text without WXMLRT warnings or errors', async (route) => {
    await expectPageRenders(route)
  })
})
