import type { RequestShape } from '../../emulator/src/db/requestShape'
import { indexServes, servedByIdIndex } from './indexServes'
import type { IndexSpec } from './manifest'

const query = (over: Partial<RequestShape>): RequestShape => ({ collection: 'appointments', action: 'getDocument', equality: [], range: [], sort: [], ...over })
const index = (...keys: [string, 1 | -1][]): IndexSpec => ({ name: 'x', unique: false, keys: keys.map(([field, direction]) => ({ field, direction })) })

describe('which index serves a query (equality, then sort, then range)', () => {
  it.each([
    ['equality fields in any order', index(['status', 1], ['date', 1]), query({ equality: ['date', 'status'] }), true],
    ['an index that starts with the sort after the equality', index(['status', 1], ['createdAt', 1]), query({ equality: ['status'], sort: [{ field: 'createdAt', direction: 1 }] }), true],
    ['the sort read backwards', index(['status', 1], ['createdAt', 1]), query({ equality: ['status'], sort: [{ field: 'createdAt', direction: -1 }] }), true],
    ['a range after the equality', index(['staffId', 1], ['date', 1]), query({ equality: ['staffId'], range: ['date'] }), true],
    ['a trailing sort on _id, the paging tie-break', index(['date', 1]), query({ range: ['date'], sort: [{ field: '_id', direction: 1 }] }), true],
    ['an equality field missing from the head', index(['status', 1]), query({ equality: ['status', 'date'] }), false],
    ['a sort before the equality fields', index(['createdAt', 1], ['status', 1]), query({ equality: ['status'], sort: [{ field: 'createdAt', direction: 1 }] }), false],
    ['mixed directions against the index', index(['date', -1], ['createdAt', -1]), query({ sort: [{ field: 'date', direction: -1 }, { field: 'createdAt', direction: 1 }] }), false],
    ['a range field the index lacks', index(['status', 1]), query({ equality: ['status'], range: ['attempts'] }), false],
  ])('%s: %p', (_what, idx, q, served) => {
    expect(indexServes(idx, q)).toBe(served)
  })

  it('needs no declared index for _id, or for a whole collection in _id order', () => {
    expect(servedByIdIndex(query({ equality: ['_id', 'version'] }))).toBe(true)
    expect(servedByIdIndex(query({}))).toBe(true)
    expect(servedByIdIndex(query({ sort: [{ field: 'name', direction: 1 }] }))).toBe(false)
  })
})
