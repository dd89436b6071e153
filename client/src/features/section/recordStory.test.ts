import type { SectionRecordAnswer } from '@shared/appointments'
import { recordStory } from './recordStory'

const at = (hhmm: string) => Date.parse(`2026-09-28T${hhmm}:00+08:00`)

const RECORD = {
  appointment: {
    id: 'a-1',
    timeline: [
      { at: at('10:00'), by: 'applicant', byRole: 'applicant', event: 'request', status: 'submitted' },
      { at: at('10:30'), by: 'staff-section', byRole: 'section', event: 'dispatch', status: 'dispatched' },
      { at: at('11:00'), by: 'staff-leader', byRole: 'leader', event: 'assign', status: 'assigned' },
      { at: at('14:00'), by: 'staff-section', byRole: 'section', event: 'redispatch', status: 'dispatched', note: '改派原因：人手不足' },
    ],
    parts: [{ windowId: 'win-03', role: 'lead' }],
    leadWindowId: 'win-03',
    assistingWindowIds: [],
    redispatches: [{ at: at('14:00'), by: 'staff-section', fromWindowId: 'win-02', toWindowId: 'win-03', fromStaffId: 'staff-1', reason: '人手不足' }],
  },
  items: [],
  leadDepartment: null,
  windowNames: { 'win-02': '2号窗口（市场主体登记）', 'win-03': '3号窗口（食品药品许可）' },
  staffNames: { 'staff-section': '李静', 'staff-leader': '孙强', 'staff-1': '周萍' },
} as unknown as SectionRecordAnswer

describe('an appointment\'s story for the section (R8, R9, R13)', () => {
  it('R8 tells every step with its Beijing time and who took it, by name', () => {
    const lines = recordStory(RECORD)
    expect(lines.map((l) => `${l.when} ${l.text}`)).toEqual([
      '2026年9月28日 10:00 提交预约 · 申请人',
      '2026年9月28日 10:30 派单 · 李静：派至2号窗口（市场主体登记）',
      '2026年9月28日 11:00 分配工作人员 · 孙强',
      '2026年9月28日 14:00 改派 · 李静：从2号窗口（市场主体登记）改派至3号窗口（食品药品许可），撤回原经办人周萍的分配',
    ])
    expect(lines[3].note).toBe('改派原因：人手不足')
  })

  it('R8 never shows an id: a name no longer known reads 工作人员', () => {
    const record = { ...RECORD, staffNames: {} } as SectionRecordAnswer
    const text = recordStory(record).map((l) => l.text).join('\n')
    expect(text).not.toMatch(/staff-|win-/)
    expect(text).toContain('工作人员')
  })

  it('R17 tells the force majeure and the reschedule: what it stopped, what was arranged, by name', () => {
    const timeline = [
      ...RECORD.appointment.timeline,
      { at: at('15:00'), by: 'staff-1', byRole: 'staff', event: 'forceMajeure', status: 'force_majeure', note: '突发疾病' },
      { at: at('16:00'), by: 'staff-section', byRole: 'section', event: 'reschedule', status: 'confirmed', note: '改期说明：改由孙强办理' },
    ]
    const reschedules = [
      { at: at('16:00'), by: 'staff-section', reason: '改由孙强办理', from: { date: '2026-10-02', time: '09:00', windowId: 'win-03', staffId: 'staff-1' }, to: { date: '2026-10-02', time: '14:00', windowId: 'win-03', staffId: 'staff-leader' } },
    ]
    const record = { ...RECORD, appointment: { ...RECORD.appointment, timeline, reschedules } } as unknown as SectionRecordAnswer
    const lines = recordStory(record)
    expect(lines.slice(-2).map((l) => [l.text, l.note])).toEqual([
      ['报告不可抗力 · 周萍', '突发疾病'],
      ['不可抗力后改期 · 李静：原定2026年10月2日 09:00由周萍办理，改为2026年10月2日 14:00由孙强办理', '改期说明：改由孙强办理'],
    ])
  })
})
