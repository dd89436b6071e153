import { type Harness, itEmulatorOnly, sdkError, startHarness } from './sdkHarness'

// The `collections` option (createEmulator's, from the deployment manifest): a collection
// not declared does not exist, so the code cannot lean on one the deploy never creates.

let h: Harness
beforeAll(async () => {
  h = await startHarness({ collections: ['declared', 'ledger'] })
})
afterAll(() => h.close())

const missing = { errCode: -502005 }

describe('a collection not declared', () => {
  itEmulatorOnly('refuses add, in and out of a transaction, and stores nothing', async () => {
    expect(await sdkError(h.db.collection('stray').add({ data: { _id: 'x' } }))).toMatchObject(missing)
    const inTransaction = h.db.runTransaction(async (t: any) => {
      await t.collection('declared').add({ data: { _id: 'kept?' } })
      await t.collection('stray').add({ data: { _id: 'y' } })
    })
    expect(await sdkError(inTransaction)).toMatchObject(missing)
    // The whole transaction rolled back: not even the declared collection's document is there.
    expect(await sdkError(h.db.collection('declared').doc('kept?').get())).toMatchObject({ errMsg: expect.stringMatching(/does not exist/) })
    expect(await sdkError(h.db.collection('stray').doc('x').get())).toMatchObject(missing)
  })

  itEmulatorOnly('refuses set, update and remove', async () => {
    expect(await sdkError(h.db.collection('stray').doc('x').set({ data: { n: 1 } }))).toMatchObject(missing)
    expect(await sdkError(h.db.collection('stray').where({}).update({ data: { n: 1 } }))).toMatchObject(missing)
    expect(await sdkError(h.db.collection('stray').where({}).remove())).toMatchObject(missing)
  })

  itEmulatorOnly('reads as a missing collection: get, where, count and aggregate', async () => {
    expect(await sdkError(h.db.collection('stray').where({}).get())).toMatchObject(missing)
    expect(await sdkError(h.db.collection('stray').count())).toMatchObject(missing)
    // aggregate's failure is rewrapped by the SDK without the code: its message says it.
    expect(await sdkError(h.db.collection('stray').aggregate().match({}).end())).toMatchObject({
      errMsg: expect.stringMatching(/collection not exists/),
    })
  })
})

describe('a collection declared and never written', () => {
  itEmulatorOnly('reads as empty from where, count and aggregate', async () => {
    expect((await h.db.collection('ledger').where({}).get()).data).toEqual([])
    expect((await h.db.collection('ledger').count()).total).toBe(0)
    expect((await h.db.collection('ledger').aggregate().match({}).end()).list).toEqual([])
  })

  itEmulatorOnly('takes writes, and a plain update of it changes nothing', async () => {
    expect((await h.db.collection('ledger').where({ n: 1 }).update({ data: { n: 2 } })).stats.updated).toBe(0)
    await h.db.collection('ledger').add({ data: { _id: 'first', n: 1 } })
    expect((await h.db.collection('ledger').doc('first').get()).data.n).toBe(1)
  })
})
