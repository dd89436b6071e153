import { type Harness, startHarness } from './sdkHarness'

let h: Harness
let people: string
const ids = (docs: { _id: string }[]) => docs.map((d) => d._id).sort()

const PEOPLE = [
  { _id: 'p1', name: 'An', age: 20, city: { name: '沂源', zip: '256100' }, tags: ['staff', 'admin'], scores: [{ subject: 'm', v: 90 }] },
  { _id: 'p2', name: 'Bo', age: 35, city: { name: '淄博', zip: '255000' }, tags: ['staff'], scores: [{ subject: 'm', v: 60 }, { subject: 'e', v: 95 }] },
  { _id: 'p3', name: 'Cai', age: 50, city: { name: '沂源', zip: '256100' }, tags: [], scores: [], retired: true },
  { _id: 'p4', name: 'Di', age: 35, tags: ['citizen'], scores: [{ subject: 'e', v: 70 }], phone: null },
]

beforeAll(async () => {
  h = await startHarness()
  people = await h.freshCollection('people')
  await h.db.collection(people).add({ data: PEOPLE[0] })
  for (const p of PEOPLE.slice(1)) await h.db.collection(people).add({ data: p })
})
afterAll(() => h.close())

describe('where() with each query operator of docs/platform.md', () => {
  const _ = () => h.db.command
  const cases: [string, () => Record<string, unknown>, string[]][] = [
    ['a plain value is eq', () => ({ age: 35 }), ['p2', 'p4']],
    ['eq', () => ({ name: _().eq('An') }), ['p1']],
    ['neq', () => ({ age: _().neq(35) }), ['p1', 'p3']],
    ['lt', () => ({ age: _().lt(35) }), ['p1']],
    ['lte', () => ({ age: _().lte(35) }), ['p1', 'p2', 'p4']],
    ['gt', () => ({ age: _().gt(35) }), ['p3']],
    ['gte', () => ({ age: _().gte(35) }), ['p2', 'p3', 'p4']],
    ['in', () => ({ name: _().in(['An', 'Di', 'Zed']) }), ['p1', 'p4']],
    ['nin', () => ({ name: _().nin(['An', 'Di']) }), ['p2', 'p3']],
    ['and on one field', () => ({ age: _().gt(20).and(_().lt(50)) }), ['p2', 'p4']],
    ['or across fields', () => _().or([{ age: 20 }, { retired: true }]), ['p1', 'p3']],
    ['and across fields', () => _().and([{ age: 35 }, { tags: 'staff' }]), ['p2']],
    ['exists true', () => ({ city: _().exists(true) }), ['p1', 'p2', 'p3']],
    ['exists false', () => ({ retired: _().exists(false) }), ['p1', 'p2', 'p4']],
    ['a nested field by path', () => ({ 'city.name': '沂源' }), ['p1', 'p3']],
    ['a nested field by object', () => ({ city: { zip: '255000' } }), ['p2']],
    ['an array holding a value', () => ({ tags: 'staff' }), ['p1', 'p2']],
    ['all', () => ({ tags: _().all(['staff', 'admin']) }), ['p1']],
    ['elemMatch', () => ({ scores: _().elemMatch({ subject: 'e', v: _().gte(80) }) }), ['p2']],
    ['a path into array elements', () => ({ 'scores.subject': 'e' }), ['p2', 'p4']],
    ['a regular expression', () => ({ name: /^b/i }), ['p2']],
    ['db.RegExp', () => ({ name: h.db.RegExp({ regexp: '^c', options: 'i' }) }), ['p3']],
    ['null matches null and missing', () => ({ phone: null }), ['p1', 'p2', 'p3', 'p4']],
  ]
  it.each(cases)('%s', async (_name, where, expected) => {
    const { data } = await h.db.collection(people).where(where()).get()
    expect(ids(data)).toEqual(expected)
  })
})

describe('orderBy, skip, limit, field', () => {
  it('orders by several fields in the order given', async () => {
    const { data } = await h.db.collection(people).orderBy('age', 'desc').orderBy('name', 'asc').get()
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['p3', 'p2', 'p4', 'p1'])
  })

  it('skips then limits, whatever the order of the calls', async () => {
    const { data } = await h.db.collection(people).limit(2).skip(1).orderBy('name', 'asc').get()
    expect(data.map((d: { _id: string }) => d._id)).toEqual(['p2', 'p3'])
  })

  it('projects with field()', async () => {
    const { data } = await h.db.collection(people).where({ _id: 'p1' }).field({ name: true, 'city.name': true }).get()
    expect(data).toEqual([{ _id: 'p1', name: 'An', city: { name: '沂源' } }])
    const excluded = await h.db.collection(people).doc('p1').field({ scores: false, tags: false, city: false }).get()
    expect(excluded.data).toEqual({ _id: 'p1', name: 'An', age: 20 })
  })
})

describe('limits (docs/platform.md: default 100, at most 1000)', () => {
  let many: string
  beforeAll(async () => {
    many = await h.freshCollection('many')
    // 1,100 documents in 11 batched adds keep the setup fast.
    for (let batch = 0; batch < 11; batch += 1) {
      await h.db.collection(many).add({ data: Array.from({ length: 100 }, (_, i) => ({ n: batch * 100 + i })) })
    }
  })

  it('answers 100 documents when no limit is set', async () => {
    expect((await h.db.collection(many).get()).data).toHaveLength(100)
  })

  it('answers at most 1000 documents whatever the limit', async () => {
    expect((await h.db.collection(many).limit(1000).get()).data).toHaveLength(1000)
    expect((await h.db.collection(many).limit(5000).get()).data).toHaveLength(1000)
  })

  it('pages with skip', async () => {
    const { data } = await h.db.collection(many).orderBy('n', 'asc').skip(1050).limit(100).get()
    expect(data.map((d: { n: number }) => d.n)).toEqual(Array.from({ length: 50 }, (_, i) => 1050 + i))
  })
})

describe('count and where().update()/remove()', () => {
  it('counts matching documents', async () => {
    expect((await h.db.collection(people).where({ age: 35 }).count()).total).toBe(2)
    expect((await h.db.collection(people).count()).total).toBe(4)
  })

  it('updates every match and reports how many changed', async () => {
    const c = await h.freshCollection('bulk')
    await h.db.collection(c).add({ data: [{ k: 1, v: 0 }, { k: 1, v: 0 }, { k: 2, v: 0 }, { k: 1, v: 5 }] })
    const result = await h.db.collection(c).where({ k: 1 }).update({ data: { v: 5 } })
    expect(result.stats.updated).toBe(2) // the third match already held v: 5
    expect((await h.db.collection(c).where({ v: 5 }).count()).total).toBe(3)
  })

  it('removes every match and reports how many went', async () => {
    const c = await h.freshCollection('bulkrm')
    await h.db.collection(c).add({ data: [{ k: 1 }, { k: 1 }, { k: 2 }] })
    expect((await h.db.collection(c).where({ k: 1 }).remove()).stats.removed).toBe(2)
    expect((await h.db.collection(c).count()).total).toBe(1)
  })
})
