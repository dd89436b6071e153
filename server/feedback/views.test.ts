import type { Complaint, Review } from '@shared/feedback'
import { complaintView, reviewView } from './views'

const due = Date.parse('2026-10-15T17:00:00+08:00')
const review: Review = {
  id: 'apt-1',
  appointmentId: 'apt-1',
  applicantOpenid: 'o-citizen',
  windowId: 'win-02',
  level: 'dissatisfied',
  comment: '等候时间太长',
  at: Date.parse('2026-10-09T10:00:00+08:00'),
  followUp: { dueAt: due },
  version: 1,
  requestId: 'req-12345678',
}
const complaint: Complaint = {
  id: 'cmp-1',
  openid: 'o-citizen',
  text: '电话打不通',
  at: review.at,
  dueAt: due,
  status: 'open',
  version: 1,
  requestId: 'req-12345678',
}

describe('what callers see of a review (R20)', () => {
  it('names the level in Chinese and keeps OPENIDs and request ids on the server', () => {
    const shown = reviewView(review, due)
    expect(shown).toEqual({ appointmentId: 'apt-1', windowId: 'win-02', level: 'dissatisfied', levelText: '不满意', comment: '等候时间太长', at: review.at, version: 1, followUp: { dueAt: due, overdue: false } })
  })

  it('marks an open follow-up overdue after its deadline, and shows the note but not who resolved it', () => {
    expect(reviewView(review, due + 1).followUp).toEqual({ dueAt: due, overdue: true })
    const resolved = reviewView({ ...review, followUp: { dueAt: due, resolvedAt: due + 5, note: '已致歉', by: 'staff-section' } }, due + 10)
    expect(resolved.followUp).toEqual({ dueAt: due, resolvedAt: due + 5, note: '已致歉', overdue: false })
  })
})

describe('what callers see of a complaint (R20)', () => {
  it('gives the status in Chinese and the overdue mark, without the OPENID', () => {
    expect(complaintView(complaint, due + 1)).toEqual({ id: 'cmp-1', channel: 'mini-program', channelText: '小程序', text: '电话打不通', at: complaint.at, dueAt: due, status: 'open', statusText: '处理中', version: 1, overdue: true })
  })

  it('shows the outcome but not who resolved it', () => {
    const shown = complaintView({ ...complaint, status: 'resolved', resolution: { note: '已改进', at: due - 5, by: 'staff-section' } }, due + 1)
    expect(shown).toMatchObject({ statusText: '已处理', resolution: { note: '已改进', at: due - 5 }, overdue: false })
    expect(shown.resolution).not.toHaveProperty('by')
  })

  it.each([
    ['an open phone complaint: the phone whole, to call back', { channel: 'phone', contact: { name: '王先生', phone: '13912345678' } }, { channelText: '电话', contact: { name: '王先生', phone: '13912345678' } }],
    ['a resolved 12345 complaint: the phone masked', { channel: '12345', contact: { name: '王先生', phone: '13912345678' }, status: 'resolved', resolution: { note: '已回电', at: due, by: 's', upheld: true, calledBack: true } }, { channelText: '12345热线', contact: { phone: '139****5678' }, resolution: { upheld: true, calledBack: true } }],
    ['a citizen’s complaint with a contact phone', { contact: { phone: '0533-3618118' } }, { channel: 'mini-program', contact: { phone: '0533-3618118' } }],
  ] as const)('R20 shows %s', (_, patch, shown) => {
    expect(complaintView({ ...complaint, ...patch } as never, due + 1)).toMatchObject(shown)
  })
})
