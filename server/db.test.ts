import { type Harness, startHarness } from '../emulator/test/db/sdkHarness'
import type { Database } from './cloud'
import { collection } from './db'

// insertOnce with the real wx-server-sdk on the emulator's database.

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())

interface Note {
  id: string
  text: string
}

/** The database, except that `add` fails with a timeout: after storing (the answer was lost) or before. */
function withLostAnswers(stored: boolean): Database {
  const timeout = { errCode: -501002, errMsg: 'collection.add:fail -501002 request timeout' }
  return {
    collection(name: string) {
      const real = h.db.collection(name)
      return {
        doc: (id: string) => real.doc(id),
        async add(options: unknown) {
          if (stored) await real.add(options)
          throw timeout
        },
      }
    },
  } as unknown as Database
}

describe('insertOnce', () => {
  it('inserts a new document and says it created it', async () => {
    const c = await h.freshCollection('once')
    expect(await collection<Note>(h.db, c).insertOnce({ id: 'n1', text: '一' })).toEqual({ stored: { id: 'n1', text: '一' }, created: true })
  })

  it('answers the document stored first when the id is taken', async () => {
    const c = await h.freshCollection('taken')
    await collection<Note>(h.db, c).insertOnce({ id: 'n1', text: '先' })
    expect(await collection<Note>(h.db, c).insertOnce({ id: 'n1', text: '后' })).toEqual({ stored: { id: 'n1', text: '先' }, created: false })
  })

  it('settles a failure whose message says nothing of a duplicate by reading the id back', async () => {
    const c = await h.freshCollection('lost')
    const answer = await collection<Note>(withLostAnswers(true), c).insertOnce({ id: 'n1', text: '到了' })
    expect(answer).toEqual({ stored: { id: 'n1', text: '到了' }, created: false })
  })

  it('lets the error stand when nothing is stored under the id', async () => {
    const c = await h.freshCollection('none')
    await expect(collection<Note>(withLostAnswers(false), c).insertOnce({ id: 'n1', text: '没到' })).rejects.toMatchObject({ errCode: -501002 })
  })
})

interface Versioned {
  id: string
  version: number
  note?: string
  follow?: { by: string; at?: number }
}

describe('saveOverVersion', () => {
  async function stored(name: string) {
    const c = await h.freshCollection(name)
    const records = collection<Versioned>(h.db, c)
    await records.insert({ id: 'r1', version: 1, note: '原', follow: { by: 'a', at: 1 } })
    return records
  }

  it('saves over the version it read and moves the version one on', async () => {
    const records = await stored('over')
    expect(await records.saveOverVersion('r1', 1, { note: '新' })).toBe(true)
    expect(await records.get('r1')).toMatchObject({ version: 2, note: '新' })
  })

  it('writes nothing and answers false when someone saved first', async () => {
    const records = await stored('stale')
    expect(await records.saveOverVersion('r1', 1, { note: '先' })).toBe(true)
    expect(await records.saveOverVersion('r1', 1, { note: '后' })).toBe(false)
    expect(await records.get('r1')).toMatchObject({ version: 2, note: '先' })
  })

  it('writes an object whole, dropping the fields the new value has not, unless asked to merge', async () => {
    const records = await stored('whole')
    await records.saveOverVersion('r1', 1, { follow: { by: 'b' } })
    expect((await records.get('r1'))?.follow).toEqual({ by: 'b' })
    await records.saveOverVersion('r1', 2, { follow: { at: 3 } }, { merge: true })
    expect((await records.get('r1'))?.follow).toEqual({ by: 'b', at: 3 })
  })

  it('passes a command as it is', async () => {
    const records = await stored('command')
    await records.saveOverVersion('r1', 1, { note: h.db.command.remove() })
    expect(await records.get('r1')).toEqual({ id: 'r1', version: 2, follow: { by: 'a', at: 1 } })
  })
})
