import { entryOf } from './fixtures'
import { inboxGroups } from './inboxGroups'

describe('the section inbox (R9, R16, R17)', () => {
  it('groups requests to dispatch, changes to decide and force majeure reports, keeping the order', () => {
    const a = entryOf({ id: 'a' })
    const b = entryOf({ id: 'b', status: 'change_pending' })
    const c = entryOf({ id: 'c' })
    const d = entryOf({ id: 'd', status: 'force_majeure' })
    expect(inboxGroups([a, b, c, d])).toEqual({ waiting: [a, c], changes: [b], forceMajeure: [d] })
  })
})
