import { type Harness, itEmulatorOnly, sdkError, startHarness } from './sdkHarness'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

describe('runTransaction', () => {
  it('reads its own writes and commits them all', async () => {
    const c = await h.freshCollection('tx')
    await h.db.collection(c).add({ data: { _id: 'a', n: 1 } })
    const seen = await h.db.runTransaction(async (t: any) => {
      await t.collection(c).doc('a').update({ data: { n: h.db.command.inc(1) } })
      await t.collection(c).add({ data: { _id: 'b', n: 10 } })
      await t.collection(c).doc('c').set({ data: { n: 20 } })
      const a = (await t.collection(c).doc('a').get()).data
      const b = (await t.collection(c).doc('b').get()).data
      return [a.n, b.n]
    })
    expect(seen).toEqual([2, 10])
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(2)
    expect((await h.db.collection(c).doc('c').get()).data.n).toBe(20)
  })

  itEmulatorOnly('hides its writes from others until it commits, and reads a snapshot', async () => {
    const c = await h.freshCollection('snap')
    await h.db.collection(c).add({ data: { _id: 'a', n: 1 } })
    const t = await h.db.startTransaction()
    await t.collection(c).doc('a').update({ data: { n: 2 } })
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(1)
    await h.db.collection(c).add({ data: { _id: 'late', n: 1 } })
    // Added after the transaction began: not in its snapshot.
    await expect(t.collection(c).doc('late').get()).rejects.toMatchObject({ errMsg: expect.stringMatching(/does not exist/) })
    await t.commit()
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(2)
  })

  it('rolls everything back when the callback throws', async () => {
    const c = await h.freshCollection('rollback')
    await h.db.collection(c).add({ data: { _id: 'a', n: 1 } })
    const failure = h.db.runTransaction(async (t: any) => {
      await t.collection(c).doc('a').update({ data: { n: 99 } })
      await t.collection(c).add({ data: { _id: 'b' } })
      await t.collection(c).doc('a').remove()
      throw new Error('名额已满')
    })
    await expect(failure).rejects.toThrow('名额已满')
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(1)
    await expect(h.db.collection(c).doc('b').get()).rejects.toBeTruthy()
  })

  it('rolls back with transaction.rollback(reason) and rejects with the reason', async () => {
    const c = await h.freshCollection('rollback2')
    await h.db.collection(c).add({ data: { _id: 'a', n: 1 } })
    const failure = h.db.runTransaction(async (t: any) => {
      await t.collection(c).doc('a').update({ data: { n: 2 } })
      await t.rollback('CONFLICT')
    })
    await expect(failure).rejects.toBe('CONFLICT')
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(1)
  })

  it('retries the loser of two concurrent transactions on one document, so both effects land', async () => {
    const c = await h.freshCollection('race')
    await h.db.collection(c).add({ data: { _id: 'slot', taken: [] } })
    let attempts = 0
    let reads = 0
    let release = () => {}
    const bothRead = new Promise<void>((resolve) => (release = resolve))
    const book = (who: string) =>
      h.db.runTransaction(async (t: any) => {
        attempts += 1
        const { data } = await t.collection(c).doc('slot').get()
        // Both read before either writes: a lost update without conflict detection.
        reads += 1
        if (reads === 2) release()
        await bothRead
        await t.collection(c).doc('slot').update({ data: { taken: [...data.taken, who] } })
        return who
      })
    const results = await Promise.all([book('甲'), book('乙')])
    expect(results).toEqual(['甲', '乙'])
    expect((await h.db.collection(c).doc('slot').get()).data.taken.sort()).toEqual(['乙', '甲'].sort())
    expect(attempts).toBe(3)
  })

  it('fails an add of an _id that exists, inside a transaction', async () => {
    const c = await h.freshCollection('txdup')
    await h.db.collection(c).add({ data: { _id: 'a' } })
    const error = await sdkError(
      h.db.runTransaction(async (t: any) => {
        await t.collection(c).add({ data: { _id: 'a' } })
      }),
    )
    expect(error.errMsg).toMatch(/duplicate|E11000/)
  })
})
