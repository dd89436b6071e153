import { startCloud, type Cloud } from '../support/cloud'

/**
 * `cloud.dump`, which the "writes nothing" checks compare before and after a
 * refusal: a failed read must fail the test, not pass for an empty collection.
 */
let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
}, 60_000)

describe('reading a collection for a before-and-after check', () => {
  it('answers the documents of a collection, and none for one not created yet', async () => {
    expect((await cloud.dump('items')).length).toBeGreaterThan(0)
    expect(await cloud.dump('neverWritten')).toEqual([])
  })

  it('fails when the read fails, so two failed reads never compare equal', async () => {
    await cloud.close()
    await expect(cloud.dump('items')).rejects.toBeDefined()
  })
})
