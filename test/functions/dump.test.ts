import { startCloud, type Cloud } from '../support/cloud'

/**
 * `cloud.dump`, which the "writes nothing" checks compare before and after a
 * refusal: a failed read must fail the test, not pass for an empty collection.
 */
let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)
afterAll(() => cloud?.close())

describe('reading a collection for a before-and-after check', () => {
  it('answers the documents of a collection, and none for one not created yet', async () => {
    expect((await cloud.dump('items')).length).toBeGreaterThan(0)
    expect(await cloud.dump('neverWritten')).toEqual([])
  })

  it('fails when the read fails, so two failed reads never compare equal', async () => {
    // Seeded: a read the SDK refuses before sending it (no collection name).
    await expect(cloud.dump('')).rejects.toThrow('Collection name is required')
  })
})
