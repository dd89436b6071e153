import { applyEvent } from './applyEvent'
import { splitOff } from './splitHandler'
import { ACTORS } from './testing/actors'
import { appointmentIn } from './testing/makeAppointment'
import { VALID } from './testing/validEvents'

const { now, context } = VALID.split
const request = appointmentIn('submitted', { itemIds: ['item-1', 'item-2', 'item-3'], preferredTime: '09:00', note: '带齐材料' })
const split = (itemIds: string[], appointment = request) => applyEvent(appointment, { type: 'split', version: appointment.version, itemIds }, ACTORS.section, now, context)

describe('splitting a request over half a working day (R14)', () => {
  // items moved, answer, items kept
  it.each([
    [['item-2'], 'ok', ['item-1', 'item-3']],
    [['item-2', 'item-3'], 'ok', ['item-1']],
    [['item-1', 'item-2', 'item-3'], '请至少留下一个事项在原预约中', null],
    [['item-9'], '所选事项不在此预约中', null],
    [[], '请选择要拆分出的事项', null],
    [['item-2', 'item-2'], '事项不能重复', null],
  ])('moving %j: %s', (itemIds, answer, kept) => {
    const result = split(itemIds)
    if (answer === 'ok') expect(result.ok && result.data.appointment.itemIds).toEqual(kept)
    else expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', fields: { itemIds: answer } } })
  })

  it('keeps the first submitted, names the second, and says so in its history', () => {
    const result = split(['item-2'])
    if (!result.ok) throw new Error(result.error.message)
    expect(result.data.appointment).toMatchObject({ status: 'submitted', version: request.version + 1, splitInto: ['a-split'] })
    expect(result.data.appointment.timeline.at(-1)).toMatchObject({ event: 'split', byRole: 'section', note: '拆分为两次预约，1个事项移至另一预约' })
    expect(result.data.effects).toEqual([])
  })

  it('the second keeps the applicant, the date and wishes, waits for dispatch and names the first', () => {
    const second = splitOff(request, ['item-2', 'item-3'], 'a-split', ACTORS.section, now)
    expect(second).toMatchObject({
      id: 'a-split',
      applicant: request.applicant,
      applicantOpenid: request.applicantOpenid,
      date: request.date,
      preferredTime: '09:00',
      note: '带齐材料',
      channel: request.channel,
      itemIds: ['item-2', 'item-3'],
      status: 'submitted',
      version: 1,
      splitFrom: request.id,
      createdAt: request.createdAt,
    })
    expect(second.timeline).toEqual([{ at: now, by: ACTORS.section.id, byRole: 'section', event: 'split', status: 'submitted', note: `由预约编号${request.referenceNo}拆分而来（超过半个工作日）` }])
  })

  it('only the section splits, and only before dispatch', () => {
    expect(applyEvent(request, { type: 'split', version: request.version, itemIds: ['item-2'] }, ACTORS.leadLeader, now, context)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    const dispatched = { ...request, status: 'dispatched' as const }
    expect(split(['item-2'], dispatched)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION', message: '当前状态为“已派单”，不能拆分预约' } })
  })
})
