import { EJSON } from 'bson'
import { type DatabaseHandler, type Store, createDatabaseHandler, openStore } from '../../src/db'

// The handler driven with raw request bodies: what the SDK never sends, and the
// server-side rules the SDK hides (it caps limits itself, for one).

const ejson = (value: unknown) => EJSON.stringify(value, { relaxed: false })
let store: Store
let handler: DatabaseHandler
let requests: number
const call = (action: string, body: Record<string, unknown> = {}) =>
  handler.handle(action, { action, ...body }, { countRequest: () => (requests += 1) })

/** A fresh store with two items; transactions live `ttlMs` (long enough for a loaded machine unless a test needs them short). */
function openItems(ttlMs = 10_000) {
  store = openStore({ file: ':memory:', now: () => new Date('2026-09-24T02:00:00Z'), transactionTtlMs: ttlMs })
  handler = createDatabaseHandler({ store })
  store.insertMany('items', [
    { _id: 'a', n: 1 },
    { _id: 'b', n: 2 },
  ])
}

beforeEach(() => {
  requests = 0
  openItems()
})
afterEach(() => store.close())

describe('malformed requests answer an error, never a crash', () => {
  const cases: [string, string, Record<string, unknown>, string][] = [
    ['an unknown action', 'database.dropEverything', { collectionName: 'items' }, 'INVALID_PARAM'],
    ['a missing collection name', 'database.getDocument', {}, 'INVALID_PARAM'],
    ['a collection name that is not a string', 'database.getDocument', { collectionName: 7 }, 'INVALID_PARAM'],
    ['a query that is not EJSON', 'database.getDocument', { collectionName: 'items', query: '{"n":' }, 'INVALID_PARAM'],
    ['a query that is not an object', 'database.getDocument', { collectionName: 'items', query: '[1]' }, 'INVALID_PARAM'],
    ['an unknown query operator', 'database.getDocument', { collectionName: 'items', query: '{"n":{"$near2":1}}' }, 'DATABASE_REQUEST_FAILED'],
    ['a negative limit', 'database.getDocument', { collectionName: 'items', limit: -1 }, 'INVALID_PARAM'],
    ['an order direction other than 1 or -1', 'database.getDocument', { collectionName: 'items', order: '{"n":2}' }, 'INVALID_PARAM'],
    ['insert data that is not an array', 'database.insertDocument', { collectionName: 'items', data: '{}' }, 'INVALID_PARAM'],
    ['an _id that is an object', 'database.insertDocument', { collectionName: 'items', data: ['{"_id":{"x":1}}'] }, 'INVALID_PARAM'],
    ['an unknown update operator', 'database.modifyDocument', { collectionName: 'items', query: '{"_id":"a"}', data: '{"$frobnicate":{"n":1}}', merge: true }, 'DATABASE_REQUEST_FAILED'],
    ['an update that changes _id', 'database.modifyDocument', { collectionName: 'items', query: '{"_id":"a"}', data: '{"$set":{"_id":"z"}}', merge: true }, 'DATABASE_REQUEST_FAILED'],
    ['operators mixed with fields', 'database.modifyDocument', { collectionName: 'items', query: '{}', data: '{"$set":{"n":1},"m":2}', multi: true }, 'INVALID_PARAM'],
    ['inc on a string field', 'database.modifyDocument', { collectionName: 'items', query: '{}', data: '{"$inc":{"n":"x"}}', multi: true }, 'DATABASE_REQUEST_FAILED'],
    ['multi that is not a boolean', 'database.removeDocument', { collectionName: 'items', query: '{}', multi: 'yes' }, 'INVALID_PARAM'],
    ['a stage that is not a $stage', 'database.aggregateDocuments', { collectionName: 'items', stages: [{ stageKey: 'match', stageValue: '{}' }] }, 'INVALID_PARAM'],
    ['an unknown stage', 'database.aggregateDocuments', { collectionName: 'items', stages: [{ stageKey: '$teleport', stageValue: '{}' }] }, 'DATABASE_REQUEST_FAILED'],
    ['a transaction id that is not a string', 'database.removeDocument', { collectionName: 'items', query: '{}', multi: true, transactionId: 7 }, 'INVALID_PARAM'],
    ['a commit without a transaction id', 'database.commitTransaction', {}, 'INVALID_PARAM'],
  ]
  it.each(cases)('%s', async (_name, action, body, code) => {
    const answer = await call(action, body)
    expect(answer).toMatchObject({ code, message: expect.any(String), requestId: expect.any(String) })
  })

  it('answers a body that is not an object', async () => {
    expect(await createDatabaseHandler({ store }).handle('database.getDocument', 'nonsense')).toMatchObject({ code: 'INVALID_PARAM' })
  })

  it('leaves documents as they were after a failed update', async () => {
    await call('database.modifyDocument', { collectionName: 'items', query: '{}', data: '{"$inc":{"n":"x"}}', multi: true })
    const answer = await call('database.getDocument', { collectionName: 'items', query: '{}' })
    expect((answer.data as { list: string[] }).list.map((d) => EJSON.parse(d))).toEqual([
      { _id: 'a', n: 1 },
      { _id: 'b', n: 2 },
    ])
  })

  it('inserts nothing from a batch holding one duplicate _id', async () => {
    const answer = await call('database.insertDocument', { collectionName: 'items', data: [ejson({ _id: 'c' }), ejson({ _id: 'a' })] })
    expect(answer).toMatchObject({ code: 'DATABASE_REQUEST_FAILED', message: expect.stringMatching(/E11000/) })
    expect(await call('database.calculateDocument', { collectionName: 'items' })).toMatchObject({ data: { total: 2 } })
  })
})

describe('collections', () => {
  it.each(['getDocument', 'calculateDocument', 'removeDocument', 'aggregateDocuments'])('%s on a missing collection answers DATABASE_COLLECTION_NOT_EXIST', async (action) => {
    const answer = await call(`database.${action}`, { collectionName: 'nowhere', query: '{}', stages: [] })
    expect(answer).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })

  it('does not create a collection through a plain update, but does through an upsert', async () => {
    const update = { collectionName: 'fresh', query: '{"_id":"x"}', data: '{"$set":{"n":1}}', merge: true }
    expect(await call('database.modifyDocument', update)).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
    expect(await call('database.modifyDocument', { ...update, upsert: true })).toMatchObject({ data: { updated: 0, upsert_id: 'x' } })
  })

  it('refuses to create a collection twice', async () => {
    expect(await call('database.addCollection', { collectionName: 'items' })).toMatchObject({ code: 'DATABASE_COLLECTION_ALREADY_EXIST' })
  })

  it('wipes everything on reset', async () => {
    store.reset()
    expect(await call('database.calculateDocument', { collectionName: 'items' })).toMatchObject({ code: 'DATABASE_COLLECTION_NOT_EXIST' })
  })
})

describe('server-side rules', () => {
  beforeEach(() => {
    store.insertMany('many', Array.from({ length: 1200 }, (_, i) => ({ i })))
  })
  const listed = async (body: Record<string, unknown>) =>
    ((await call('database.getDocument', { collectionName: 'many', ...body })).data as { list: unknown[] }).list.length

  it('answers 100 documents when no limit is sent, and at most 1000', async () => {
    expect(await listed({})).toBe(100)
    expect(await listed({ limit: 5000 })).toBe(1000)
  })

  it('counts each request once for the round-trip counter', async () => {
    await call('database.getDocument', { collectionName: 'items' })
    await call('database.nonsense')
    expect(requests).toBe(2)
  })

  it('updates and returns the first match with modifyAndReturnDoc', async () => {
    const answer = await call('database.modifyAndReturnDoc', { collectionName: 'items', query: '{"n":{"$gte":2}}', data: '{"$inc":{"n":10}}' })
    expect(answer.data).toMatchObject({ updated: 1 })
    expect(EJSON.parse((answer.data as { doc: string }).doc)).toEqual({ _id: 'b', n: 12 })
  })
})

describe('unique indexes', () => {
  beforeEach(() => {
    store.insertMany('bookings', [{ _id: 'x', slot: 's1', who: 'u1' }])
    store.createUniqueIndex('bookings', ['slot', 'who'])
  })
  const add = (doc: Record<string, unknown>, transactionId?: string) =>
    call('database.insertDocument', { collectionName: 'bookings', data: [ejson(doc)], transactionId })

  it('fails an add that repeats the key, naming the index', async () => {
    expect(await add({ slot: 's1', who: 'u2' })).not.toHaveProperty('code')
    expect(await add({ slot: 's1', who: 'u1' })).toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringMatching(/E11000 duplicate key.*slot_1_who_1/),
    })
  })

  it('counts a missing field as null, so two documents without it collide', async () => {
    expect(await add({ slot: 's2' })).not.toHaveProperty('code')
    expect(await add({ slot: 's2' })).toMatchObject({ code: 'DATABASE_REQUEST_FAILED' })
  })

  it('fails an update that would repeat the key, changing nothing', async () => {
    await add({ _id: 'y', slot: 's1', who: 'u2' })
    const answer = await call('database.modifyDocument', { collectionName: 'bookings', query: '{"_id":"y"}', data: '{"$set":{"who":"u1"}}', merge: true })
    expect(answer).toMatchObject({ message: expect.stringMatching(/E11000/) })
    expect(await call('database.calculateDocument', { collectionName: 'bookings', query: '{"who":"u2"}' })).toMatchObject({ data: { total: 1 } })
  })

  it('fails the write inside a transaction that repeats a committed key', async () => {
    const tx = (await call('database.startTransaction')).transactionId as string
    expect(await add({ slot: 's1', who: 'u1' }, tx)).toMatchObject({ message: expect.stringMatching(/E11000/) })
  })

  it('answers the duplicate, not a conflict the SDK would retry, to the later of two transactions taking one key', async () => {
    const first = (await call('database.startTransaction')).transactionId as string
    const second = (await call('database.startTransaction')).transactionId as string
    expect(await add({ slot: 's9', who: 'u1' }, first)).not.toHaveProperty('code')
    expect(await add({ slot: 's9', who: 'u1' }, second)).not.toHaveProperty('code')
    expect(await call('database.commitTransaction', { transactionId: first })).not.toHaveProperty('code')
    expect(await call('database.commitTransaction', { transactionId: second })).toMatchObject({
      code: 'DATABASE_REQUEST_FAILED',
      message: expect.stringMatching(/E11000/),
    })
    expect(await call('database.calculateDocument', { collectionName: 'bookings', query: '{"slot":"s9"}' })).toMatchObject({ data: { total: 1 } })
  })

  it('refuses to create an index that existing documents already break', () => {
    store.insertMany('twins', [{ k: 1 }, { k: 1 }])
    expect(() => store.createUniqueIndex('twins', ['k'])).toThrow(/E11000/)
  })
})

describe('transactions', () => {
  const start = async () => (await call('database.startTransaction')).transactionId as string
  const getIn = async (transactionId: string, query: unknown) => {
    const order = ejson({ _id: 1 }) // natural order is not promised in a snapshot
    const answer = await call('database.getDocument', { collectionName: 'items', query: ejson(query), order, transactionId })
    return (answer.data as { list: string[] }).list.map((d) => EJSON.parse(d))
  }

  it('reads a document deleted by a later commit as it was', async () => {
    const tx = await start()
    await call('database.removeDocument', { collectionName: 'items', query: ejson({ _id: 'a' }) })
    expect(await getIn(tx, { _id: 'a' })).toEqual([{ _id: 'a', n: 1 }])
    expect(await getIn(tx, {})).toEqual([
      { _id: 'a', n: 1 },
      { _id: 'b', n: 2 },
    ])
  })

  it('sees its own writes in where() reads, over the snapshot', async () => {
    const tx = await start()
    await call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'b' }), data: '{"$set":{"n":5}}', transactionId: tx })
    await call('database.insertDocument', { collectionName: 'items', data: [ejson({ _id: 'c', n: 6 })], transactionId: tx })
    await call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), data: '{"$set":{"n":9}}' })
    expect(await getIn(tx, { n: { $gte: 2 } })).toEqual([
      { _id: 'b', n: 5 },
      { _id: 'c', n: 6 },
    ])
  })

  it('fails at once a write to a document another open transaction wrote, and ends the transaction', async () => {
    const first = await start()
    const second = await start()
    const setN = (transactionId: string, n: number) =>
      call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), data: `{"$set":{"n":${n}}}`, transactionId })
    expect(await setN(first, 5)).not.toHaveProperty('code')
    expect(await setN(second, 6)).toMatchObject({ code: 'DATABASE_WRITE_CONFLICT', message: expect.stringMatching(/WriteConflict: items "a"/) })
    // The loser is over: nothing of it is left to commit.
    expect(await call('database.commitTransaction', { transactionId: second })).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    expect(await call('database.commitTransaction', { transactionId: first })).not.toHaveProperty('code')
    expect(await getIn(await start(), { _id: 'a' })).toEqual([{ _id: 'a', n: 5 }])
  })

  it('fails a write to a document a commit changed after the transaction began', async () => {
    const tx = await start()
    await call('database.removeDocument', { collectionName: 'items', query: ejson({ _id: 'a' }) })
    const write = await call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), data: '{"$set":{"n":5}}', transactionId: tx })
    expect(write).toMatchObject({ code: 'DATABASE_WRITE_CONFLICT' })
    expect(await call('database.calculateDocument', { collectionName: 'items' })).toMatchObject({ data: { total: 1 } })
  })

  it('fails an add of an _id another commit added after the transaction began', async () => {
    const tx = await start()
    await call('database.insertDocument', { collectionName: 'items', data: [ejson({ _id: 'c', by: 'other' })] })
    const add = await call('database.insertDocument', { collectionName: 'items', data: [ejson({ _id: 'c', by: 'tx' })], transactionId: tx })
    expect(add).toMatchObject({ code: 'DATABASE_WRITE_CONFLICT' })
  })

  it('fails at once the add of an _id another open transaction is adding', async () => {
    const first = await start()
    const second = await start()
    const add = (transactionId: string) => call('database.insertDocument', { collectionName: 'items', data: [ejson({ _id: 'c', by: transactionId })], transactionId })
    expect(await add(first)).not.toHaveProperty('code')
    expect(await add(second)).toMatchObject({ code: 'DATABASE_WRITE_CONFLICT' })
  })

  it('makes a write outside any transaction wait until the holder commits, then applies it over the commit', async () => {
    const tx = await start()
    await call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), data: '{"$set":{"n":5}}', transactionId: tx })
    let done = false
    const outside = call('database.modifyDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), data: '{"$inc":{"n":1}}' }).then((answer) => {
      done = true
      return answer
    })
    await new Promise((resolve) => setTimeout(resolve, 30))
    expect(done).toBe(false)
    expect(await call('database.commitTransaction', { transactionId: tx })).not.toHaveProperty('code')
    expect(await outside).toMatchObject({ data: { updated: 1 } })
    expect(await getIn(await start(), { _id: 'a' })).toEqual([{ _id: 'a', n: 6 }])
  })

  it('refuses a request sent while another of the same transaction is running, and ends the transaction', async () => {
    const tx = await start()
    const [first, second] = await Promise.all([getIn(tx, { _id: 'a' }), call('database.getDocument', { collectionName: 'items', query: ejson({ _id: 'b' }), transactionId: tx })])
    expect(first).toEqual([{ _id: 'a', n: 1 }])
    expect(second).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL', message: expect.stringMatching(/one after another/) })
    expect(await call('database.commitTransaction', { transactionId: tx })).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
  })

  it('serves the requests of one transaction sent one after another', async () => {
    const tx = await start()
    expect(await getIn(tx, { _id: 'a' })).toEqual([{ _id: 'a', n: 1 }])
    expect(await getIn(tx, { _id: 'b' })).toEqual([{ _id: 'b', n: 2 }])
    expect(await call('database.commitTransaction', { transactionId: tx })).not.toHaveProperty('code')
  })

  it('leaves nothing after an abort, and forgets the transaction', async () => {
    const tx = await start()
    await call('database.removeDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), transactionId: tx })
    expect(await call('database.abortTransaction', { transactionId: tx })).not.toHaveProperty('code')
    expect(await call('database.commitTransaction', { transactionId: tx })).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    expect(await call('database.calculateDocument', { collectionName: 'items' })).toMatchObject({ data: { total: 2 } })
  })

  it('discards a transaction never finished, after its time to live', async () => {
    store.close()
    openItems(100)
    const tx = await start()
    await call('database.removeDocument', { collectionName: 'items', query: ejson({ _id: 'a' }), transactionId: tx })
    await new Promise((resolve) => setTimeout(resolve, 150))
    expect(await call('database.commitTransaction', { transactionId: tx })).toMatchObject({ code: 'DATABASE_TRANSACTION_FAIL' })
    expect(await call('database.calculateDocument', { collectionName: 'items' })).toMatchObject({ data: { total: 2 } })
  })
})
