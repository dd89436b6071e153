import type { Collection } from './db'
import { findAll } from './findAll'

/** A collection of `n` documents that answers pages as the cloud database does, counting its requests. */
function fakeCollection(n: number) {
  const docs = Array.from({ length: n }, (_, i) => ({ id: `d-${String(i).padStart(6, '0')}` }))
  const requests: { skip?: number; limit?: number }[] = []
  const col = {
    async find(_query: Record<string, unknown>, options: { skip?: number; limit?: number } = {}) {
      requests.push(options)
      const skip = options.skip ?? 0
      return docs.slice(skip, skip + (options.limit ?? 100))
    },
  } as unknown as Collection<{ id: string }>
  return { col, requests }
}

describe('findAll (docs/platform.md: limit at most 1000)', () => {
  it('reads a small period in one request', async () => {
    const { col, requests } = fakeCollection(12)
    expect((await findAll(col, {})).docs).toHaveLength(12)
    expect(requests).toHaveLength(1)
  })

  it('pages past 1000 documents, one request per 1000', async () => {
    const { col, requests } = fakeCollection(2500)
    const { docs, truncated } = await findAll(col, {})
    expect(docs).toHaveLength(2500)
    expect(new Set(docs.map((d) => d.id)).size).toBe(2500)
    expect(truncated).toBe(false)
    expect(requests.map((r) => r.skip ?? 0)).toEqual([0, 1000, 2000])
  })

  it('stops after 20 pages and says the answer is truncated', async () => {
    const { col, requests } = fakeCollection(20_500)
    const { docs, truncated } = await findAll(col, {})
    expect(truncated).toBe(true)
    expect(docs).toHaveLength(20_000)
    expect(requests).toHaveLength(20)
  })

  it('reads nothing more after a first page that was not full (read by the aggregation, issue 8)', async () => {
    const { col, requests } = fakeCollection(12)
    const firstPage = await col.find({}, { limit: 1000 })
    requests.length = 0
    const { docs, truncated } = await findAll(col, {}, firstPage)
    expect(docs).toHaveLength(12)
    expect(truncated).toBe(false)
    expect(requests).toHaveLength(0)
  })

  it('reads on from the second page after a full first page, one request per further 1000', async () => {
    const { col, requests } = fakeCollection(2500)
    const firstPage = await col.find({}, { limit: 1000 })
    requests.length = 0
    const { docs, truncated } = await findAll(col, {}, firstPage)
    expect(new Set(docs.map((d) => d.id)).size).toBe(2500)
    expect(truncated).toBe(false)
    expect(requests.map((r) => r.skip)).toEqual([1000, 2000])
  })

  it('still stops at 20 pages in all, the first one included', async () => {
    const { col, requests } = fakeCollection(20_500)
    const firstPage = await col.find({}, { limit: 1000 })
    requests.length = 0
    const { docs, truncated } = await findAll(col, {}, firstPage)
    expect(truncated).toBe(true)
    expect(docs).toHaveLength(20_000)
    expect(requests).toHaveLength(19)
  })
})
