import * as v from 'valibot'
import { statusName, type Appointment } from '../appointments'
import { appointmentIn, makeAppointment } from '../appointments/testing/makeAppointment'
import { registerInputSchema } from './registerInput'
import { REGISTER_COLUMNS, registerRow } from './registerRows'

const view = (a: Appointment) => ({ ...a, statusText: statusName(a.status) })
const names = {
  items: new Map([['item-1', '个体工商户设立登记'], ['item-2', '失业保险金申领']]),
  windows: new Map([['win-2', '2号窗口（市场主体登记）']]),
  staff: new Map([['staff-1', '周萍']]),
}

describe('a row of the register (台账, R19)', () => {
  it('R19 writes one appointment in the columns\' order, in Chinese, with names for every id', () => {
    const appointment = makeAppointment({
      status: 'completed',
      itemIds: ['item-1', 'item-2'],
      leadWindowId: 'win-2',
      assignedStaffId: 'staff-1',
      agreedTime: '14:30',
      channel: 'phone',
      outcome: { result: '营业执照已发放', startedAt: 0, endedAt: 0, minutes: 30 },
      filing: { archiveNo: '2026-G-0001', box: '第1盒', at: 0, by: 'staff-s' },
    })
    const row = registerRow(view(appointment), names)
    expect(row).toHaveLength(REGISTER_COLUMNS.length)
    expect(row).toEqual(['2026-000001', '张三', '13812345678', '个体工商户设立登记、失业保险金申领', '2号窗口（市场主体登记）', '周萍', '2026年10月2日 14:30', '电话预约', '已办结', '营业执照已发放', '2026-G-0001（第1盒）'])
  })

  it('R19 writes a company with its contact, the half-day before a time is agreed, and what is not there yet in words', () => {
    const appointment = makeAppointment({ applicant: { name: '刘经理', phone: '139****3333', company: { name: '沂源县鲁山食品有限公司', creditCode: '91370323MA3C0XXX0X' } } })
    const row = registerRow(view(appointment), names)
    expect(row.slice(1, 3)).toEqual(['沂源县鲁山食品有限公司（联系人 刘经理）', '139****3333'])
    expect(row.slice(4, 7)).toEqual(['未派单', '未分配', '2026年10月2日 上午'])
    expect(row.slice(9)).toEqual(['', ''])
  })

  it('R19 names a deleted item as such, never by its id', () => {
    const row = registerRow(view(appointmentIn('dispatched', { itemIds: ['item-gone'] })), names)
    expect(row[3]).toBe('（已删除的事项）')
    expect(row.join('')).not.toMatch(/item-|win-|staff-/)
  })
})

describe('the register\'s period (R19)', () => {
  const parse = (input: unknown) => v.safeParse(registerInputSchema, input)
  it.each([
    ['one day', { from: '2026-10-01', to: '2026-10-01' }],
    ['a holiday', { from: '2026-10-01', to: '2026-10-08' }],
    ['366 days of a leap year', { from: '2028-01-01', to: '2028-12-31' }],
  ])('R19 takes %s', (_case, input) => {
    expect(parse(input).success).toBe(true)
  })
  it.each([
    ['the end before the start', { from: '2026-10-08', to: '2026-10-01' }, '结束日期不能早于开始日期'],
    ['more than 366 days', { from: '2026-01-01', to: '2027-01-02' }, '台账一次最多导出366天'],
    ['a date not chosen', { to: '2026-10-01' }, '请选择开始日期'],
  ])('R19 refuses %s, in Chinese', (_case, input, message) => {
    const result = parse(input)
    expect(result.success).toBe(false)
    expect(result.issues?.[0]?.message).toBe(message)
  })
})
