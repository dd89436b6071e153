// Child process for the kill -9 test: inserts documents one by one through the
// database handler and prints each _id only once the insert is acknowledged.
import { createDatabaseHandler, openStore } from '../../src/db'

const store = openStore({ file: process.argv[2], now: () => new Date('2026-09-24T02:00:00Z') })
const handler = createDatabaseHandler({ store })

async function loop() {
  for (let i = 0; ; i += 1) {
    const answer = await handler.handle('database.insertDocument', {
      collectionName: 'crash',
      data: [JSON.stringify({ i: { $numberInt: String(i) }, pad: 'x'.repeat(200) })],
    })
    const ids = (answer.data as { insertedIds: string[] }).insertedIds
    // Pipes are synchronous on Linux: the line is out before the next write starts.
    process.stdout.write(`${ids[0]}\n`)
  }
}
void loop()
