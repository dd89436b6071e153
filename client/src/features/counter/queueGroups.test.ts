import { viewOf } from '../booking/fixtures'
import { queueGroups } from './queueGroups'
import type { QueueEntry } from '@shared/appointments'

const entry = (id: string, overrides: Partial<QueueEntry> = {}): QueueEntry => ({ ...viewOf({ id }), items: [], ...overrides })

describe('the window queue by status (R10, R11)', () => {
  it('groups in working order, keeping the server’s order and leaving out empty statuses', () => {
    const groups = queueGroups([
      entry('a', { status: 'confirmed' }),
      entry('b', { status: 'dispatched' }),
      entry('c', { status: 'confirmed' }),
      entry('d', { status: 'in_service' }),
    ])
    expect(groups.map((g) => [g.title, g.entries.map((e) => e.id)])).toEqual([
      ['待分配', ['b']],
      ['已确认', ['a', 'c']],
      ['办理中', ['d']],
    ])
  })

  it('calls an assigned appointment 待联系: the staff still has to call (R11)', () => {
    expect(queueGroups([entry('a', { status: 'assigned' })])[0].title).toBe('待联系')
  })
})
