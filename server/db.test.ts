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
