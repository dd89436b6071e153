import { type Harness, itEmulatorOnly, sdkError, startHarness } from './sdkHarness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

describe('add and doc().get()', () => {
  it('generates an _id when none is given and reads the document back', async () => {
    const c = await h.freshCollection('add')
    const { _id } = await h.db.collection(c).add({ data: { name: '张三', age: 30, tags: ['a'] } })
    expect(typeof _id).toBe('string')
    const { data } = await h.db.collection(c).doc(_id).get()
    expect(data).toEqual({ _id, name: '张三', age: 30, tags: ['a'] })
  })

  it('keeps a given _id and fails a second add with the same _id as a duplicate', async () => {
    const c = await h.freshCollection('dup')
    expect((await h.db.collection(c).add({ data: { _id: 'item-1', n: 1 } }))._id).toBe('item-1')
    const error = await sdkError(h.db.collection(c).add({ data: { _id: 'item-1', n: 2 } }))
    expect(error.errCode).toBe(-502001)
    expect(error.errMsg).toMatch(/duplicate|E11000/)
    expect((await h.db.collection(c).doc('item-1').get()).data.n).toBe(1)
  })

  it('fails doc().get() of a missing document as the SDK does', async () => {
    const c = await h.freshCollection('missing')
    const error = await sdkError(h.db.collection(c).doc('nope').get())
    expect(error.errMsg).toMatch(/document with _id nope does not exist/)
  })

  itEmulatorOnly('answers -502005 for a collection that was never created', async () => {
    const error = await sdkError(h.db.collection('never_created').where({ a: 1 }).get())
    expect(error.errCode).toBe(-502005)
  })

  it('round-trips a Date as a Date, and numbers as numbers', async () => {
    const c = await h.freshCollection('dates')
    const at = new Date('2026-10-01T01:02:03.456Z')
    const { _id } = await h.db.collection(c).add({ data: { at, n: 1.5, big: 2 ** 40, nested: { list: [at] } } })
    const { data } = await h.db.collection(c).doc(_id).get()
    expect(data.at).toBeInstanceOf(Date)
    expect(data.at.getTime()).toBe(at.getTime())
    expect(data.nested.list[0]).toBeInstanceOf(Date)
    expect(data.n).toBe(1.5)
    expect(data.big).toBe(2 ** 40)
  })

  itEmulatorOnly('fills db.serverDate() from the emulator clock, with its offset', async () => {
    const c = await h.freshCollection('serverdate')
    h.setNow(new Date('2026-10-01T00:00:00.000Z'))
    const { _id } = await h.db.collection(c).add({ data: { at: h.db.serverDate(), later: h.db.serverDate({ offset: 60_000 }) } })
    const { data } = await h.db.collection(c).doc(_id).get()
    expect(data.at).toEqual(new Date('2026-10-01T00:00:00.000Z'))
    expect(data.later).toEqual(new Date('2026-10-01T00:01:00.000Z'))
    h.setNow(new Date('2026-10-02T00:00:00.000Z'))
    await h.db.collection(c).doc(_id).update({ data: { at: h.db.serverDate() } })
    expect((await h.db.collection(c).doc(_id).get()).data.at).toEqual(new Date('2026-10-02T00:00:00.000Z'))
    const { data: found } = await h.db
      .collection(c)
      .where({ later: h.db.command.lt(h.db.serverDate()) })
      .get()
    expect(found).toHaveLength(1)
  })
})

describe('doc().set()', () => {
  it('replaces the whole document, keeping its _id', async () => {
    const c = await h.freshCollection('set')
    await h.db.collection(c).add({ data: { _id: 'd', a: 1, b: 2 } })
    const result = await h.db.collection(c).doc('d').set({ data: { c: 3 } })
    expect(result.stats).toEqual({ updated: 1, created: 0 })
    expect((await h.db.collection(c).doc('d').get()).data).toEqual({ _id: 'd', c: 3 })
  })

  it('creates the document when it is missing', async () => {
    const c = await h.freshCollection('setnew')
    const result = await h.db.collection(c).doc('fresh').set({ data: { c: 3 } })
    expect(result.stats).toEqual({ updated: 0, created: 1 })
    expect((await h.db.collection(c).doc('fresh').get()).data).toEqual({ _id: 'fresh', c: 3 })
  })
})

describe('doc().update() with each operator', () => {
  const _ = () => h.db.command
  const cases: [string, Record<string, unknown>, () => Record<string, unknown>, Record<string, unknown>][] = [
    ['plain fields merge, nested by path', { a: 1, o: { x: 1, y: 2 } }, () => ({ a: 2, o: { y: 3 } }), { a: 2, o: { x: 1, y: 3 } }],
    ['set replaces an object whole', { o: { x: 1, y: 2 } }, () => ({ o: _().set({ z: 1 }) }), { o: { z: 1 } }],
    ['remove deletes a field', { a: 1, b: 2 }, () => ({ b: _().remove() }), { a: 1 }],
    ['inc adds', { n: 5 }, () => ({ n: _().inc(-2) }), { n: 3 }],
    ['mul multiplies', { n: 5 }, () => ({ n: _().mul(3) }), { n: 15 }],
    ['push appends', { l: [1] }, () => ({ l: _().push([2, 3]) }), { l: [1, 2, 3] }],
    ['pop drops the last', { l: [1, 2, 3] }, () => ({ l: _().pop() }), { l: [1, 2] }],
    ['shift drops the first', { l: [1, 2, 3] }, () => ({ l: _().shift() }), { l: [2, 3] }],
    ['unshift prepends', { l: [3] }, () => ({ l: _().unshift([1, 2]) }), { l: [1, 2, 3] }],
    ['addToSet adds only what is missing', { l: [1, 2] }, () => ({ l: _().addToSet(2) }), { l: [1, 2] }],
    ['pull removes matching values', { l: [1, 2, 3, 2] }, () => ({ l: _().pull(2) }), { l: [1, 3] }],
    ['pull takes a query', { l: [1, 5, 9] }, () => ({ l: _().pull(_().gt(4)) }), { l: [1] }],
    ['max keeps the larger', { n: 5 }, () => ({ n: _().max(9) }), { n: 9 }],
    ['min keeps the smaller', { n: 5 }, () => ({ n: _().min(9) }), { n: 5 }],
  ]
  it.each(cases)('%s', async (_name, before, update, after) => {
    const c = await h.freshCollection('upd')
    await h.db.collection(c).add({ data: { _id: 'd', ...before } })
    await h.db.collection(c).doc('d').update({ data: update() })
    expect((await h.db.collection(c).doc('d').get()).data).toEqual({ _id: 'd', ...after })
  })

  it('reports updated 0 for a missing document, and for one already as asked', async () => {
    const c = await h.freshCollection('upd0')
    await h.db.collection(c).add({ data: { _id: 'd', a: 1 } })
    expect((await h.db.collection(c).doc('nope').update({ data: { a: 2 } })).stats.updated).toBe(0)
    expect((await h.db.collection(c).doc('d').update({ data: { a: 1 } })).stats.updated).toBe(0)
    expect((await h.db.collection(c).doc('d').update({ data: { a: 2 } })).stats.updated).toBe(1)
  })

  it('keeps inc atomic under concurrent callers', async () => {
    const c = await h.freshCollection('inc')
    await h.db.collection(c).add({ data: { _id: 'counter', n: 0 } })
    await Promise.all(Array.from({ length: 20 }, () => h.db.collection(c).doc('counter').update({ data: { n: h.db.command.inc(1) } })))
    expect((await h.db.collection(c).doc('counter').get()).data.n).toBe(20)
  })
})

describe('doc().remove()', () => {
  it('removes the document and reports it', async () => {
    const c = await h.freshCollection('rm')
    await h.db.collection(c).add({ data: { _id: 'd' } })
    expect((await h.db.collection(c).doc('d').remove()).stats.removed).toBe(1)
    expect((await h.db.collection(c).doc('d').remove()).stats.removed).toBe(0)
    await expect(h.db.collection(c).doc('d').get()).rejects.toBeTruthy()
  })
})
