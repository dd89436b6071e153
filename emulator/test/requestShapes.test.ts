import { requestShapes } from '../src/db/requestShape'
import type { DatabaseRequestRecord } from '../src/gateway/context'
import { emulatorSdk } from '../../test/support/emulatorSdk'
import { startEmulator, type TestEmulator } from './support/startEmulator'

jest.setTimeout(20_000)

const ejson = (value: unknown) => JSON.stringify(value)

describe('request shapes', () => {
  it('splits an or into one shape per branch, each with the conditions around it', () => {
    const shapes = requestShapes('database.getDocument', {
      collectionName: 'appointments',
      query: ejson({ $and: [{ date: '2026-10-01', status: { $in: ['confirmed'] } }, { $or: [{ leadWindowId: 'w1' }, { assistingWindowIds: 'w1' }] }] }),
      order: ejson({ createdAt: -1 }),
    })
    expect(shapes.map((s) => [s.equality, s.sort])).toEqual([
      [['date', 'status', 'leadWindowId'], [{ field: 'createdAt', direction: -1 }]],
      [['date', 'status', 'assistingWindowIds'], [{ field: 'createdAt', direction: -1 }]],
    ])
  })

  it('counts ranges apart from equalities, and reads an aggregate match and sort', () => {
    const [shape] = requestShapes('database.aggregateDocuments', {
      collectionName: 'reviews',
      stages: [
        { stageKey: '$match', stageValue: ejson({ 'followUp.dueAt': { $lt: 5 }, kind: 'x' }) },
        { stageKey: '$sort', stageValue: ejson({ 'followUp.dueAt': 1 }) },
      ],
    })
    expect(shape).toEqual({ collection: 'reviews', action: 'aggregateDocuments', equality: ['kind'], range: ['followUp.dueAt'], sort: [{ field: 'followUp.dueAt', direction: 1 }] })
  })

  it('reads only the leading match and sort of an aggregate: later stages work on what those produced', () => {
    const [shape] = requestShapes('database.aggregateDocuments', {
      collectionName: 'complaints',
      stages: [
        { stageKey: '$match', stageValue: ejson({ openid: 'o1' }) },
        { stageKey: '$sort', stageValue: ejson({ at: -1, _id: 1 }) },
        { stageKey: '$group', stageValue: ejson({ _id: null, ids: { $push: '$_id' } }) },
        { stageKey: '$match', stageValue: ejson({ status: 'open' }) },
        { stageKey: '$sort', stageValue: ejson({ at: -1, _id: 1 }) },
      ],
    })
    expect(shape).toEqual({
      collection: 'complaints',
      action: 'aggregateDocuments',
      equality: ['openid'],
      range: [],
      sort: [
        { field: 'at', direction: -1 },
        { field: '_id', direction: 1 },
      ],
    })
  })

  it('has none for a request without a collection', () => {
    expect(requestShapes('database.startTransaction', {})).toEqual([])
  })
})

describe('the emulator records the requests a function makes through the real SDK', () => {
  let emulator: TestEmulator
  const records: DatabaseRequestRecord[] = []
  beforeAll(async () => {
    emulator = await startEmulator({ onDatabaseRequest: (r) => records.push(r) })
  })
  afterAll(() => emulator.stop())

  it('records the collection, filter and function of each query, and nothing for a script', async () => {
    expect((await emulator.call('notes', { text: 'x' }, 'oSHAPE')).status).toBe(200)
    expect(records).toEqual([
      expect.objectContaining({ functionName: 'notes', collection: 'notes', action: 'insertDocument' }),
      expect.objectContaining({ functionName: 'notes', collection: 'notes', action: 'getDocument', equality: ['_id'] }),
      expect.objectContaining({ functionName: 'notes', collection: 'notes', action: 'calculateDocument', equality: ['openid'], range: [], sort: [] }),
    ])
    await emulatorSdk(emulator).database().collection('notes').where({ openid: 'oSHAPE' }).get()
    expect(records).toHaveLength(3)
  })
})
