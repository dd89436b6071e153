import { appointmentIn, BEFORE_DEADLINE, WHO } from './appointmentFixtures'
import { startReliabilityCloud, type ReliabilityCloud } from './reliabilityCloud'

/** More than the strict cap (100) and more than two pages of the largest page (50). */
const MANY = 130

/** Every record of a list, following `nextCursor` from the first page to the last. */
async function everyPage(cloud: ReliabilityCloud, fn: string, action: string, input: object, openid: string) {
  const items: any[] = []
  const totals = new Set<number>()
  let cursor: string | null = null
  let pages = 0
  do {
    const answer: any = await cloud.call(fn, action, { ...input, limit: 50, ...(cursor ? { cursor } : {}) }, openid)
    if (!answer.ok) throw new Error(`${fn} ${action}: ${JSON.stringify(answer.error)}`)
    items.push(...answer.data.items)
    totals.add(answer.data.total)
    cursor = answer.data.nextCursor
    if (++pages > 20) throw new Error(`${fn} ${action} never ends`)
  } while (cursor)
  return { items, totals: [...totals] }
}

/**
 * Issue 13 item 2 and issue 12: every list that can grow, filled past the strict cap, is
 * walked page by page with `nextCursor`: each record once, the count on every page. One
 * emulator per test file (the SDK keeps the first service URL it was given), so the two
 * caps are two files: everyListPages.test.ts and everyListPagesCapped.test.ts.
 */
export function describeEveryListPages(name: string, maxQueryLimit: number | undefined): void {
  describe(`every list reaches every record, with ${name} (issue 13 item 2, issue 12)`, () => {
    let cloud: ReliabilityCloud
    const ids = (prefix: string) => Array.from({ length: MANY }, (_, i) => `${prefix}-${String(i).padStart(3, '0')}`)
    const at = Date.parse('2026-09-28T10:00:00+08:00')

    beforeAll(async () => {
      cloud = await startReliabilityCloud({ maxQueryLimit })
      await cloud.setClock(BEFORE_DEADLINE)
      // one real appointment of each kind the lists show, copied: records other steps would have made
      const made = await appointmentIn(cloud, 'dispatched')
      const base = (await cloud.dump('appointments')).find((a) => a._id === made.id)
      const item = (await cloud.dump('items'))[0]
      const inserts: (() => Promise<void>)[] = []
      ids('flood-complaint').forEach((id, i) =>
        inserts.push(() => cloud.insert('complaints', { _id: id, openid: `oFLOOD_${i}`, text: `投诉${i}`, at: at + i, dueAt: at + 86_400_000 + i, status: 'open', version: 1, requestId: `req-${id}` })),
      )
      ids('flood-review').forEach((id, i) =>
        inserts.push(() => cloud.insert('reviews', { _id: id, appointmentId: id, applicantOpenid: `oFLOOD_${i}`, windowId: 'win-02', level: 'satisfied', at: at + i, version: 1, requestId: `req-${id}` })),
      )
      ids('item-flood').forEach((id, i) => inserts.push(() => cloud.insert('items', { ...item, _id: id, name: `批量事项${String(i).padStart(3, '0')}` })))
      ids('staff-flood').forEach((id, i) =>
        inserts.push(() => cloud.insert('staff', { _id: id, name: `批量人员${String(i).padStart(3, '0')}`, roles: ['staff'], windowId: 'win-02', active: true, version: 1 })),
      )
      for (const [prefix, status] of [['flood-submitted', 'submitted'], ['flood-completed', 'completed'], ['flood-dispatched', 'dispatched']] as const) {
        ids(prefix).forEach((id, i) => inserts.push(() => cloud.insert('appointments', { ...base, _id: id, status, createdAt: at + i, requestId: `req-${id}` })))
      }
      // a few at a time: the SDK's requests time out when hundreds wait on two cores
      for (let i = 0; i < inserts.length; i += 20) await Promise.all(inserts.slice(i, i + 20).map((insert) => insert()))
    }, 300_000)
    afterAll(() => cloud?.close())

    it.each([
      ['section complaints.list (all)', 'section', 'complaints.list', { filter: 'all' }, WHO.section, 'flood-complaint', (e: any) => e.complaint.id],
      ['section complaints.list (open)', 'section', 'complaints.list', {}, WHO.section, 'flood-complaint', (e: any) => e.complaint.id],
      ['section reviews.list (all)', 'section', 'reviews.list', { filter: 'all' }, WHO.section, 'flood-review', (e: any) => e.review.appointmentId],
      ['section visits.pending', 'section', 'visits.pending', {}, WHO.section, 'flood-completed', (e: any) => e.appointment.id],
      ['section inbox.list', 'section', 'inbox.list', {}, WHO.section, 'flood-submitted', (e: any) => e.appointment.id],
      ['counter queue.list', 'counter', 'queue.list', { statuses: ['dispatched'] }, WHO.leader, 'flood-dispatched', (e: any) => e.id],
      ['counter queue.list (已办)', 'counter', 'queue.list', { statuses: ['completed'] }, WHO.leader, 'flood-completed', (e: any) => e.id],
      ['admin staff.list', 'admin', 'staff.list', {}, WHO.admin, 'staff-flood', (e: any) => e.id],
      ['catalog items.list', 'catalog', 'items.list', {}, WHO.zhang, 'item-flood', (e: any) => e.id],
    ])('%s', async (_what, fn, action, input, openid, prefix, idOf) => {
      const { items, totals } = await everyPage(cloud, fn, action, input, openid)
      const seen = items.map(idOf)
      expect(new Set(seen).size).toBe(seen.length) // none twice
      expect(seen.filter((id: string) => id.startsWith(prefix)).sort()).toEqual(ids(prefix))
      expect(totals).toEqual([seen.length])
    })
  })
}
