import { APPOINTMENT_STATUSES } from './appointment'
import { countsAsServed } from './countsAsServed'
import { isActive } from './isActive'
import { statusName } from './statusName'

describe('states', () => {
  it('names every state in Chinese', () => {
    expect(Object.fromEntries(APPOINTMENT_STATUSES.map((s) => [s, statusName(s)]))).toEqual({
      submitted: '已提交',
      dispatched: '已派单',
      assigned: '已分配',
      confirmed: '已确认',
      change_pending: '变更待审批',
      in_service: '办理中',
      completed: '已办结',
      acknowledged: '已确认办结',
      cancelled: '已取消',
      abandoned: '已放弃（视为完成）',
      force_majeure: '不可抗力',
      no_show: '未到（视为完成）',
    })
  })

  it('counts submitted to in service toward the per-applicant cap', () => {
    expect(APPOINTMENT_STATUSES.filter(isActive)).toEqual(['submitted', 'dispatched', 'assigned', 'confirmed', 'change_pending', 'in_service'])
  })

  it('R18 counts completed, acknowledged, abandoned and no-show (未到) as served', () => {
    expect(APPOINTMENT_STATUSES.filter(countsAsServed)).toEqual(['completed', 'acknowledged', 'abandoned', 'no_show'])
  })
})
