import fs from 'node:fs'
import path from 'node:path'
import { expectPageRenders } from './checks'
import { DIST, pagesOf } from './harness'

describe('every page of the built app.json', () => {
  const pages = pagesOf()

  it('lists the tab pages and both subpackages', () => {
    expect(pages).toEqual(
      expect.arrayContaining(['pages/index/index', 'pages/staff/index', 'packages/staff/pages/queue/index', 'packages/admin/pages/items/index', 'packages/citizen/pages/center/index']),
    )
  })

  // The main package is held to 450 KB as WeChat counts it (npm run bench:size):
  // a page that is not a tab belongs in a subpackage.
  it('keeps only the tab pages in the main package and preloads the citizens\' pages from the tabs one tap away', () => {
    const app = JSON.parse(fs.readFileSync(path.join(DIST, 'app.json'), 'utf8'))
    expect(app.pages).toEqual(app.tabBar.list.map((tab: { pagePath: string }) => tab.pagePath))
    expect(app.preloadRule).toEqual({
      'pages/items/index': { network: 'all', packages: ['packages/citizen'] },
      'pages/mine/index': { network: 'all', packages: ['packages/citizen'] },
    })
    expect(app.lazyCodeLoading).toBe('requiredComponents')
  })

  it.each(pages)('%s has its .js, .json and .wxml in the build', (route) => {
    for (const ext of ['.js', '.json', '.wxml']) expect(fs.existsSync(path.join(DIST, route + ext))).toBe(true)
  })

  it.each(pages)('%s renders its visible text without WXMLRT warnings or errors', async (route) => {
    await expectPageRenders(route)
  })
})
