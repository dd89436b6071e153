import { makeAppointment } from '@shared/appointments/testing/makeAppointment'
import { counterActions } from '../counter/counterActions'
import { attemptLines } from './NoShowSteps'

const staff = { roles: ['staff' as const], staff: { id: 'staff-1', name: '王芳', windowId: 'win-02' } }
const at = (time: string) => Date.parse(`2026-10-02T${time}:00+08:00`)
const confirmed = (contactAttempts = [] as NonNullable<ReturnType<typeof makeAppointment>['contactAttempts']>) =>
  makeAppointment({ status: 'confirmed', leadWindowId: 'win-02', assignedStaffId: 'staff-1', agreedTime: '09:00', parts: [{ windowId: 'win-02', role: 'lead' }], contactAttempts })

describe('an applicant who has not come (R18)', () => {
  it('reads each attempt as staff say it, Beijing time', () => {
    expect(attemptLines(confirmed([{ at: at('09:05'), way: 'phone', result: 'no_answer', by: 'staff-1', recordedAt: at('09:06') }, { at: at('09:15'), way: 'sms', result: 'unreachable', note: '已发短信', by: 'staff-1', recordedAt: at('09:15') }]))).toEqual([
      '09:05 电话 无人接听',
      '09:15 短信 关机或无法接通（已发短信）',
    ])
  })

  it('offers 登记未到 only once an attempt is recorded; the server decides the count and the time', () => {
    expect(counterActions(confirmed(), staff)).not.toContain('markNoShow')
    expect(counterActions(confirmed(), staff)).toContain('recordAttempt')
    expect(counterActions(confirmed([{ at: at('09:05'), way: 'phone', result: 'no_answer', by: 'staff-1', recordedAt: at('09:05') }]), staff)).toContain('markNoShow')
  })
})
