import { EJSON } from 'bson'
import { type Store, createDatabaseHandler, openStore } from '../../src/db'

// The switch of issue 12: a database that answers at most 100 documents to any query,
// so a listing that does not page shows in tests.

let store: Store
beforeEach(() => {
  store = openStore({ file: ':memory:', now: () => new Date('2026-09-24T02:00:00Z') })
  store.insertMany('many', Array.from({ length: 250 }, (_, n) => ({ _id: `d${String(n).padStart(3, '0')}`, n })))
})
afterEach(() => store.close())

const listOf = (answer: Record<string, unknown>) => (answer.data as { list: string[] }).list.map((d) => EJSON.parse(d))
const get = (maxLimit: number | undefined, body: Record<string, unknown>) =>
  createDatabaseHandler({ store, maxLimit }).handle('database.getDocument', { collectionName: 'many', ...body })
const aggregate = (maxLimit: number | undefined, stages: Record<string, unknown>[]) =>
  createDatabaseHandler({ store, maxLimit }).handle('database.aggregateDocuments', {
    collectionName: 'many',
    stages: stages.map((s) => ({ stageKey: Object.keys(s)[0], stageValue: JSON.stringify(Object.values(s)[0]) })),
  })

describe('the query cap (maxLimit)', () => {
  it('answers at most 100 to a query asking for 1000, and pages on with offset', async () => {
    expect(listOf(await get(undefined, { limit: 1000 }))).toHaveLength(250)
    expect(listOf(await get(100, { limit: 1000 }))).toHaveLength(100)
    const third = listOf(await get(100, { limit: 1000, offset: 200, order: '{"n":1}' }))
    expect(third.map((d) => d.n)).toEqual(Array.from({ length: 50 }, (_, i) => 200 + i))
  })

  it('leaves a smaller limit and the default as they are', async () => {
    expect(listOf(await get(100, { limit: 7 }))).toHaveLength(7)
    expect(listOf(await get(100, {}))).toHaveLength(100)
  })

  it('cuts an aggregation to 100 documents too', async () => {
    expect(listOf(await aggregate(undefined, [{ $sort: { n: 1 } }, { $limit: 500 }]))).toHaveLength(250)
    expect(listOf(await aggregate(100, [{ $sort: { n: 1 } }, { $limit: 500 }]))).toHaveLength(100)
  })
})
