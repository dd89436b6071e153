import { validateRegistration } from './registrationRequest'

describe('desk and phone registration (R7)', () => {
  const draft = { date: '2026-10-02', halfDay: 'am' as const, time: '', name: '王先生', phone: '13912345678', note: '' }

  it('sends the channel it came by with the citizen’s request', () => {
    const checked = validateRegistration(draft, 'item-001', 'phone', 'req12345678')
    expect(checked).toEqual({
      ok: true,
      value: expect.objectContaining({ requestId: 'req12345678', itemIds: ['item-001'], date: '2026-10-02', halfDay: 'am', channel: 'phone', applicant: { name: '王先生', phone: '13912345678' } }),
    })
  })

  it('asks for an item before anything else', () => {
    expect(validateRegistration(draft, undefined, 'desk', 'req12345678')).toEqual({ ok: false, errors: { itemIds: '请选择办理事项' } })
  })

  it('puts the schema’s message beside a wrong phone', () => {
    const checked = validateRegistration({ ...draft, phone: '123' }, 'item-001', 'desk', 'req12345678')
    expect(checked.ok).toBe(false)
    if (!checked.ok) expect(checked.errors['applicant.phone']).toBe('联系电话应为手机号或带区号的固定电话')
  })
})
