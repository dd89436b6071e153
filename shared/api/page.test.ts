import * as v from 'valibot'
import { fieldsObject } from './fieldsObject'
import { pageInputEntries, pageOf, slicePage } from './page'

const schema = fieldsObject({ ...pageInputEntries })

describe('one paging scheme (issue 13, item 2)', () => {
  it('reads a first page of 20 when nothing is sent', () => {
    expect(v.parse(schema, {})).toEqual({ limit: 20 })
  })

  it.each([[{ cursor: 'abc' }], [{ cursor: { $gt: '' } }], [{ limit: 51 }], [{ limit: 0 }], [{ limit: 2.5 }], [{ cursor: '123456' }]])('refuses %j', (input) => {
    expect(v.safeParse(schema, input).success).toBe(false)
  })

  it('reaches every record of a list page by page, then says there is no more', () => {
    const all = Array.from({ length: 45 }, (_, i) => i)
    const seen: number[] = []
    let cursor: string | undefined
    for (;;) {
      const page = slicePage(all, { cursor, limit: 20 })
      expect(page.total).toBe(45)
      seen.push(...page.items)
      if (!page.nextCursor) break
      cursor = page.nextCursor
    }
    expect(seen).toEqual(all)
  })

  it('answers an empty list and a cursor past the end with no next page', () => {
    expect(slicePage([], { limit: 20 })).toEqual({ items: [], total: 0, nextCursor: null })
    expect(pageOf([], 3, { skip: 40, limit: 20 })).toEqual({ items: [], total: 3, nextCursor: null })
  })
})
