import { DEFAULT_CLOUD, expectNoProblems, withPage } from './checks'

/**
 * No dead ends (issue 18) in WeChat's own renderer: the section's record page
 * after a force majeure offers the reschedule (R17), and the citizen's
 * confirmed appointment offers 申请改期 (R16).
 */
const record = DEFAULT_CLOUD.section['appointments.record'] as { ok: true; data: any }
const at = (time: string) => Date.parse(`${time}+08:00`)
const STOPPED = {
  ok: true,
  data: {
    ...record.data,
    appointment: {
      ...record.data.appointment,
      status: 'force_majeure',
      statusText: '不可抗力',
      agreedTime: '09:00',
      assignedStaffId: 'staff-scjg-1',
      forceMajeure: { at: at('2026-10-01T10:00:00'), by: 'staff-scjg-1', note: '经办人突发疾病' },
      timeline: [
        ...record.data.appointment.timeline,
        { at: at('2026-10-01T10:00:00'), by: 'staff-scjg-1', byRole: 'staff', event: 'forceMajeure', status: 'force_majeure', note: '经办人突发疾病' },
      ],
    },
    staffNames: { ...record.data.staffNames, 'staff-scjg-1': '周萍' },
    leadWindowStaff: [
      { id: 'staff-scjg-leader', name: '孙强', leader: true },
      { id: 'staff-scjg-1', name: '周萍', leader: false },
    ],
  },
}
const SECTION_ME = { ok: true, data: { openid: 'o-section', roles: ['section'], staff: { id: 'staff-section', name: '李静' } } }

describe('no dead ends in the weapp (R16, R17)', () => {
  it('R17 the record of a force majeure offers another time, the window\'s staff by name and the department\'s other windows', async () => {
    const cloud = { ...DEFAULT_CLOUD, catalog: { ...DEFAULT_CLOUD.catalog, me: SECTION_ME }, section: { ...DEFAULT_CLOUD.section, 'appointments.record': STOPPED } }
    await withPage('packages/section/pages/record/index', { cloud }, (page, mp) => {
      expectNoProblems(mp)
      const text = page.text()
      for (const expected of ['报告不可抗力 · 周萍', '经办人突发疾病', '不可抗力后改期', '仍为09:00', '孙强（负责人）', '周萍（原经办）', '3号窗口（食品药品许可）', '改期说明', '确认改期']) {
        expect(text).toContain(expected)
      }
      expect(text).not.toContain('确认改派')
      expect(text).not.toMatch(/HH:mm|staff-|win-|force_majeure/)
    })
  })

  it('R16 a confirmed appointment offers 申请改期 to its applicant', async () => {
    await withPage('packages/citizen/pages/appointment/index', {}, (page, mp) => {
      expectNoProblems(mp)
      expect(page.text()).toContain('约定时间12小时以前可以申请改期，由管理科审批。')
      expect(page.text()).toContain('申请改期')
    })
  })

  it('R16 says when the section turned the applicant\'s request down, and offers to ask again', async () => {
    const get = DEFAULT_CLOUD.booking['appointments.get'] as { ok: true; data: any }
    const change = { proposedBy: 'applicant', byApplicant: true, reason: '临时有事', newTime: '15:00', at: at('2026-09-29T10:00:00'), decision: 'rejected', decidedBy: 'staff-section', decidedAt: at('2026-09-29T11:00:00') }
    const cloud = { ...DEFAULT_CLOUD, booking: { ...DEFAULT_CLOUD.booking, 'appointments.get': { ok: true, data: { ...get.data, appointment: { ...get.data.appointment, change } } } } }
    await withPage('packages/citizen/pages/appointment/index', { cloud }, (page, mp) => {
      expectNoProblems(mp)
      expect(page.text()).toContain('您上次的改期申请未获管理科批准，仍按约定时间办理。')
      expect(page.text()).toContain('申请改期')
    })
  })
})
