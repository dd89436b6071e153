import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { type Harness, startHarness } from '../emulator/test/db/sdkHarness'
import { inTransaction, TRANSACTION_ATTEMPTS } from './inTransaction'
import { fail, ok } from '@shared/api'
import { readInTransaction } from './timebank/transactionLike'

// The real wx-server-sdk on the emulator's database, which fails a write to a held
// document at once, as the platform does (emulator/README.md, "Transactions").

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

/** Holds `id` in `collection` with an open transaction that wrote it; answers how to end it. */
async function hold(collection: string, id: string): Promise<{ commit(): Promise<void>; abort(): Promise<void> }> {
  const blocker = await h.db.startTransaction()
  await blocker.collection(collection).doc(id).update({ data: { balance: h.db.command.inc(100) } })
  return { commit: () => blocker.commit(), abort: () => blocker.rollback() }
}

const addTen = (collection: string, runs: { count: number }) => async (tx: any) => {
  runs.count += 1
  const account = await readInTransaction<{ id: string; balance: number }>(tx, collection, 'acct')
  await tx.collection(collection).doc('acct').set({ data: { balance: (account?.balance ?? 0) + 10 } })
  return ok(account?.balance)
}

describe('inTransaction', () => {
  it('runs a transaction again while another holds its document, and lands both changes', async () => {
    const c = await h.freshCollection('held')
    await h.db.collection(c).add({ data: { _id: 'acct', balance: 0 } })
    const blocker = await hold(c, 'acct')
    const runs = { count: 0 }
    const done = inTransaction(h.db, addTen(c, runs))
    await new Promise((resolve) => setTimeout(resolve, 30))
    await blocker.commit()
    expect(await done).toEqual(ok(100))
    expect(runs.count).toBeGreaterThan(1)
    expect((await h.db.collection(c).doc('acct').get()).data.balance).toBe(110)
  })

  it('answers CONFLICT after its last attempt when the document stays held, and writes nothing', async () => {
    const c = await h.freshCollection('stuck')
    await h.db.collection(c).add({ data: { _id: 'acct', balance: 0 } })
    const blocker = await hold(c, 'acct')
    const runs = { count: 0 }
    const answer = await inTransaction(h.db, addTen(c, runs))
    await blocker.abort()
    expect(answer).toMatchObject({ ok: false, error: { code: 'CONFLICT' } })
    // Every attempt the retry budget allows, and a few at least.
    expect(runs.count).toBeGreaterThan(2)
    expect(runs.count).toBeLessThanOrEqual(TRANSACTION_ATTEMPTS)
    expect((await h.db.collection(c).doc('acct').get()).data.balance).toBe(0)
  })

  it('answers a refusal as it is, once, and keeps nothing written before it', async () => {
    const c = await h.freshCollection('refused')
    await h.db.collection(c).add({ data: { _id: 'acct', balance: 0 } })
    let runs = 0
    const refusal = fail('LIMIT_REACHED', '余额不足')
    const answer = await inTransaction(h.db, async (tx) => {
      runs += 1
      await tx.collection(c).doc('acct').set({ data: { balance: 10 } })
      return refusal
    })
    expect(answer).toBe(refusal)
    expect(runs).toBe(1)
    expect((await h.db.collection(c).doc('acct').get()).data.balance).toBe(0)
  })

  it('does not run again a duplicate _id: that is an answer', async () => {
    const c = await h.freshCollection('answers')
    await h.db.collection(c).add({ data: { _id: 'taken' } })
    let runs = 0
    await expect(
      inTransaction(h.db, async (tx) => {
        runs += 1
        await tx.collection(c).add({ data: { _id: 'taken' } })
        return ok(null)
      }),
    ).rejects.toMatchObject({ errMsg: expect.stringMatching(/E11000/) })
    expect(runs).toBe(1)
  })
})

describe('the one transaction helper', () => {
  it('is the only caller of runTransaction in server/ and the functions', () => {
    const root = path.resolve(__dirname, '..')
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(dir, entry.name)
        if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sources(full)
        return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : []
      })
    const functionSources = readdirSync(path.join(root, 'cloudfunctions'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => sources(path.join(root, 'cloudfunctions', d.name, 'src')))
    const callers = [...sources(path.join(root, 'server')), ...functionSources]
      .filter((file) => /\.runTransaction\(/.test(readFileSync(file, 'utf8')))
      .map((file) => path.relative(root, file))
    expect(callers).toEqual(['server/inTransaction.ts'])
  })
})
