import { type Harness, startHarness } from './sdkHarness'

let h: Harness
let sales: string

beforeAll(async () => {
  h = await startHarness()
  sales = await h.freshCollection('sales')
  await h.db.collection(sales).add({
    data: [
      { item: '身份证', window: 1, qty: 3, at: new Date('2026-10-01T01:00:00Z') },
      { item: '身份证', window: 2, qty: 1, at: new Date('2026-10-01T02:00:00Z') },
      { item: '户口', window: 1, qty: 4, at: new Date('2026-10-02T01:00:00Z') },
      { item: '社保', window: 3, qty: 2, at: new Date('2026-10-03T01:00:00Z') },
      { item: '社保', window: 3, qty: 5, at: new Date('2026-10-04T01:00:00Z') },
    ],
  })
})
afterAll(() => h.close())

describe('aggregate()', () => {
  it('matches, groups and sorts', async () => {
    const $ = h.db.command.aggregate
    const { list } = await h.db
      .collection(sales)
      .aggregate()
      .match({ qty: h.db.command.gte(2) })
      .group({ _id: '$item', total: $.sum('$qty'), first: $.min('$at') })
      .sort({ total: -1 })
      .end()
    expect(list).toEqual([
      { _id: '社保', total: 7, first: new Date('2026-10-03T01:00:00Z') },
      { _id: '户口', total: 4, first: new Date('2026-10-02T01:00:00Z') },
      { _id: '身份证', total: 3, first: new Date('2026-10-01T01:00:00Z') },
    ])
  })

  it('skips, limits and projects', async () => {
    const { list } = await h.db
      .collection(sales)
      .aggregate()
      .sort({ qty: 1 })
      .skip(1)
      .limit(2)
      .project({ _id: 0, item: 1, qty: 1 })
      .end()
    expect(list).toEqual([
      { item: '社保', qty: 2 },
      { item: '身份证', qty: 3 },
    ])
  })

  it('counts', async () => {
    const { list } = await h.db.collection(sales).aggregate().match({ window: 1 }).count('n').end()
    expect(list).toEqual([{ n: 2 }])
  })

  it('leaves stored documents alone when a stage writes into its input', async () => {
    const c = await h.freshCollection('aggcopy')
    await h.db.collection(c).add({ data: { _id: 'd', o: { x: 1 } } })
    const { list } = await h.db.collection(c).aggregate().addFields({ 'o.y': 2 }).end()
    expect(list).toEqual([{ _id: 'd', o: { x: 1, y: 2 } }])
    expect((await h.db.collection(c).doc('d').get()).data).toEqual({ _id: 'd', o: { x: 1 } })
  })

  it('answers 20 documents when the pipeline sets no limit (docs/platform.md)', async () => {
    const c = await h.freshCollection('agg20')
    await h.db.collection(c).add({ data: Array.from({ length: 30 }, (_, i) => ({ i })) })
    expect((await h.db.collection(c).aggregate().match({}).end()).list).toHaveLength(20)
    expect((await h.db.collection(c).aggregate().limit(25).end()).list).toHaveLength(25)
  })
})
