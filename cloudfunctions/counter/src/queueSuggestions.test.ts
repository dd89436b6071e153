import { queueSuggestions, type QueueAppointment } from './queueSuggestions'

const DATE = '2026-10-02'
const HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]
const NOW = Date.parse('2026-09-30T10:00:00+08:00')
const ESTIMATES = new Map([
  ['item-a', 30],
  ['item-b', 60],
])

let n = 0
const make = (overrides: Partial<QueueAppointment> = {}): QueueAppointment => ({
  id: `a-${++n}`,
  status: 'dispatched',
  date: DATE,
  halfDay: 'am',
  itemIds: ['item-a'],
  leadWindowId: 'w-1',
  createdAt: n,
  ...overrides,
})

const suggest = (appointments: QueueAppointment[]) =>
  queueSuggestions({ windowId: 'w-1', appointments, estimatedMinutes: ESTIMATES, serviceHours: HOURS, now: NOW })

describe('suggested times in the window queue (R12)', () => {
  it('R12 offers two applicants of one item and day distinct first times, the earlier request first', () => {
    const first = make()
    const second = make({ status: 'assigned' })
    const times = suggest([second, first])
    expect(times.get(first.id)?.slice(0, 2)).toEqual(['08:30', '09:00'])
    expect(times.get(second.id)?.[0]).toBe('09:00')
  })

  it('R12 keeps clear of the times already agreed for the item that day, for their planned length', () => {
    const agreed = make({ status: 'confirmed', agreedTime: '08:30', plannedMinutes: 45 })
    const waiting = make()
    expect(suggest([agreed, waiting]).get(waiting.id)?.[0]).toBe('09:15')
  })

  it('ignores other items, other days and other windows appointments', () => {
    const otherItem = make({ status: 'confirmed', agreedTime: '08:30', itemIds: ['item-b'] })
    const otherDay = make({ status: 'confirmed', agreedTime: '08:30', date: '2026-10-03' })
    const waiting = make()
    const assisted = make({ leadWindowId: 'w-2' })
    const times = suggest([otherItem, otherDay, waiting, assisted])
    expect(times.get(waiting.id)?.[0]).toBe('08:30')
    expect(times.has(assisted.id)).toBe(false)
    expect(times.has(otherItem.id)).toBe(false)
  })

  it('adds up the estimates of several items and keeps to the half day asked for', () => {
    const both = make({ itemIds: ['item-a', 'item-b'], halfDay: 'pm' })
    // 90 minutes, back to back, within 13:30–17:00.
    expect(suggest([both]).get(both.id)).toEqual(['13:30', '15:00'])
  })
})
