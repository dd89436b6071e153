import { bookUrl, presetOf } from './bookUrl'

describe('the book page address (issue 16, items 4 and 8)', () => {
  it('carries a holiday from home, and items with a day for 重新预约, and reads them back', () => {
    const home = bookUrl({ holiday: '国庆节' })
    expect(home).toBe('/packages/citizen/pages/book/index?holiday=%E5%9B%BD%E5%BA%86%E8%8A%82')
    const again = bookUrl({ itemIds: ['item-001', 'item-006'], date: '2026-10-02' })
    const query = (url: string) => Object.fromEntries(url.split('?')[1].split('&').map((p) => p.split('=')))
    expect(presetOf(query(home))).toEqual({ itemIds: [], holiday: '国庆节', date: undefined })
    expect(presetOf(query(again))).toEqual({ itemIds: ['item-001', 'item-006'], holiday: undefined, date: '2026-10-02' })
  })

  it("reads the item page's single item and parameters already decoded", () => {
    expect(presetOf({ itemId: 'item-006', holiday: '国庆节' })).toEqual({ itemIds: ['item-006'], holiday: '国庆节', date: undefined })
  })

  it('is the bare page without a preset', () => {
    expect(bookUrl()).toBe('/packages/citizen/pages/book/index')
  })
})
