import { entrySource } from './entrySource'
import { formatMinutes } from './formatMinutes'
import { EMPTY_LEAVE_FORM, leaveInput } from './leaveForm'

describe('the time bank page (R24)', () => {
  it('shows minutes as hours and minutes, signed in the ledger', () => {
    expect(formatMinutes(85)).toBe('1小时25分钟')
    expect(formatMinutes(120)).toBe('2小时')
    expect(formatMinutes(0)).toBe('0分钟')
    expect(formatMinutes(40, true)).toBe('+40分钟')
    expect(formatMinutes(-60, true)).toBe('−1小时')
  })
  it('names each entry by its source', () => {
    expect(entrySource({ source: { type: 'duty', id: 'x' }, note: '2026-10-17 上午周末值班' })).toBe('周末值班：2026-10-17 上午周末值班')
    expect(entrySource({ source: { type: 'leave', id: 'x' } })).toBe('调休')
  })
  it('checks the leave form before sending, naming each field', () => {
    const bad = leaveInput({ ...EMPTY_LEAVE_FORM, date: '2026-02-30', end: '08:00' })
    expect(bad).toEqual({ ok: false, errors: { date: '请选择调休日期', end: '结束时间须晚于开始时间', coverStaffId: '请选择顶岗同事', reason: '请填写调休事由' } })
    const good = leaveInput({ date: ' 2026-10-19 ', start: '08:30', end: '09:30', coverStaffId: 'staff-rs-leader', reason: ' 家中有事 ' })
    expect(good).toEqual({ ok: true, value: { date: '2026-10-19', start: '08:30', end: '09:30', coverStaffId: 'staff-rs-leader', reason: '家中有事' } })
  })
})
