import { initialAgreedTime, readTime, timeSlots } from './confirmTime'

const HOURS = [
  { start: '08:30', end: '12:00' },
  { start: '13:30', end: '17:00' },
]

describe('the agreed time the confirm screen starts from (R11, R12)', () => {
  it('is the applicant\'s preferred time when they gave one', () => {
    expect(initialAgreedTime({ preferredTime: '10:00', halfDay: 'am' }, ['08:30', '09:00'], HOURS)).toBe('10:00')
  })
  it('else the first suggested time', () => {
    expect(initialAgreedTime({ halfDay: 'am' }, ['09:00', '09:30'], HOURS)).toBe('09:00')
  })
  it('else the start of the half day asked for, of the service hours (R4)', () => {
    expect(initialAgreedTime({ halfDay: 'pm' }, [], HOURS)).toBe('13:30')
    expect(initialAgreedTime({ halfDay: 'am' }, [], HOURS)).toBe('08:30')
    expect(initialAgreedTime({}, [], [])).toBe('')
  })
})

describe('the times the picker offers (R4)', () => {
  it('every 15 minutes inside each span, not at its end', () => {
    const slots = timeSlots(HOURS)
    expect(slots[0]).toBe('08:30')
    expect(slots).toContain('11:45')
    expect(slots).not.toContain('12:00')
    expect(slots).toContain('13:30')
    expect(slots[slots.length - 1]).toBe('16:45')
    expect(slots).toHaveLength(28)
  })
  it('keeps a chosen time off the grid, in order', () => {
    expect(timeSlots([{ start: '08:30', end: '09:30' }], ['09:10'])).toEqual(['08:30', '08:45', '09:00', '09:10', '09:15'])
  })
  it('reads times as people do', () => {
    expect(readTime('09:00')).toBe('9:00')
    expect(readTime('14:30')).toBe('14:30')
  })
})
