import type { ActionContext } from '../context'
import { cachedDirectory, lastChangeOf } from './cachedDirectory'
import { REFERENCE_TTL_MS } from '../referenceData'

/** A directory over a list the test changes, counting the loads (each one database request). */
function setup() {
  const records = [{ id: 'staff-1', name: '李明' }]
  let loads = 0
  let clock = Date.parse('2026-09-28T02:00:00Z')
  const directory = cachedDirectory(async () => {
    loads++
    return records.map((r) => ({ ...r }))
  })
  const ctx = { caller: { openid: 'o-section' }, db: {}, now: () => new Date(clock) } as unknown as ActionContext
  return {
    records,
    ctx,
    directory,
    loads: () => loads,
    advance: (ms: number) => (clock += ms),
    now: () => clock,
  }
}

describe('cachedDirectory (issue 8: names without a database request on a warm instance)', () => {
  it('loads once, then answers from the copy while it is fresh', async () => {
    const t = setup()
    expect((await t.directory(t.ctx, ['staff-1'], 0)).get('staff-1')?.name).toBe('李明')
    t.advance(REFERENCE_TTL_MS - 1)
    expect((await t.directory(t.ctx, ['staff-1'], 0)).get('staff-1')?.name).toBe('李明')
    expect(t.loads()).toBe(1)
  })

  it('reads again once the copy is 30 s old, or when the clock went back', async () => {
    const t = setup()
    await t.directory(t.ctx, ['staff-1'], 0)
    t.records[0].name = '李明明'
    t.advance(REFERENCE_TTL_MS)
    expect((await t.directory(t.ctx, ['staff-1'], 0)).get('staff-1')?.name).toBe('李明明')
    t.advance(-60_000)
    await t.directory(t.ctx, ['staff-1'], 0)
    expect(t.loads()).toBe(3)
  })

  it('reads again for an id added since the copy was loaded, when the records naming it changed after that', async () => {
    const t = setup()
    await t.directory(t.ctx, ['staff-1'], 0)
    t.records.push({ id: 'staff-2', name: '王芳' })
    t.advance(1000)
    const found = await t.directory(t.ctx, ['staff-1', 'staff-2'], t.now())
    expect(found.get('staff-2')?.name).toBe('王芳')
    expect(t.loads()).toBe(2)
  })

  it('does not look again for an id that was not there when the naming records last changed (a citizen OPENID)', async () => {
    const t = setup()
    const changedAt = t.now() - 5000
    await t.directory(t.ctx, ['staff-1'], changedAt)
    t.advance(1000)
    const found = await t.directory(t.ctx, ['staff-1', 'oCITIZEN'], changedAt)
    expect(found.has('oCITIZEN')).toBe(false)
    expect(t.loads()).toBe(1)
  })

  it('makes no request when nothing needs a name', async () => {
    const t = setup()
    expect((await t.directory(t.ctx, [], 0)).size).toBe(0)
    expect(t.loads()).toBe(0)
  })
})

describe('lastChangeOf', () => {
  it('is the newest timeline entry of the appointments, else their creation, else 0', () => {
    const a = { createdAt: 100, timeline: [{ at: 100 }, { at: 250 }] }
    const b = { createdAt: 300, timeline: [] }
    expect(lastChangeOf([a, b] as never)).toBe(300)
    expect(lastChangeOf([a] as never)).toBe(250)
    expect(lastChangeOf([])).toBe(0)
  })
})
