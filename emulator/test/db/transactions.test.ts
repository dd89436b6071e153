import { type Harness, itEmulatorOnly, sdkError, startHarness } from './sdkHarness'

let h: Harness
beforeAll(async () => {
  // Held longer than the default 5 ms, so two requests sent side by side meet even on a loaded machine.
  h = await startHarness({ transactionHoldMs: 50 })
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

  itEmulatorOnly('fails the later writer of two transactions on one document at once, as an error the SDK does not retry', async () => {
    const c = await h.freshCollection('race')
    await h.db.collection(c).add({ data: { _id: 'slot', taken: [] } })
    let attempts = 0
    const first = await h.db.startTransaction()
    await first.collection(c).doc('slot').update({ data: { taken: ['甲'] } })
    const loser = h.db.runTransaction(async (t: any) => {
      attempts += 1
      const { data } = await t.collection(c).doc('slot').get()
      await t.collection(c).doc('slot').update({ data: { taken: [...data.taken, '乙'] } })
    })
    const error = (await sdkError(loser)) as { errCode: number; errMsg: string; code?: unknown }
    // The platform's code for it is undocumented; the SDK maps any unknown code to -501001, with no `.code`.
    expect(error).toMatchObject({ errCode: -501001, errMsg: expect.stringMatching(/WriteConflict/) })
    expect(error.code).toBeUndefined()
    expect(attempts).toBe(1)
    await first.commit()
    expect((await h.db.collection(c).doc('slot').get()).data.taken).toEqual(['甲'])
  })

  itEmulatorOnly('fails a transaction that sends two reads side by side', async () => {
    const c = await h.freshCollection('parallel')
    await h.db.collection(c).add({ data: { _id: 'a', n: 1 } })
    await h.db.collection(c).add({ data: { _id: 'b', n: 2 } })
    const parallel = h.db.runTransaction(async (t: any) => {
      await Promise.all([t.collection(c).doc('a').get(), t.collection(c).doc('b').get()])
      await t.collection(c).doc('a').update({ data: { n: 3 } })
    })
    expect(await sdkError(parallel)).toMatchObject({ errCode: -501001, errMsg: expect.stringMatching(/one after another/) })
    expect((await h.db.collection(c).doc('a').get()).data.n).toBe(1)
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
