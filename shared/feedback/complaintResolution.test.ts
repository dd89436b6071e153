import * as v from 'valibot'
import { complaintRegisterSchema, complaintResolution, complaintSubmitSchema } from '.'

const NOW = Date.parse('2026-10-20T10:00:00+08:00')

describe('closing a complaint by the channel the complainant has (R20)', () => {
  it.each([
    ['a mini-program complaint, upheld', undefined, { upheld: true }, { upheld: true }],
    ['a mini-program complaint, not upheld', 'mini-program', { upheld: false }, { upheld: false }],
    ['a phone complaint once called back', 'phone', { upheld: true, calledBack: true }, { upheld: true, calledBack: true }],
    ['a 12345 complaint once called back', '12345', { upheld: false, calledBack: true }, { upheld: false, calledBack: true }],
  ] as const)('R20 closes %s', (_, channel, input, expected) => {
    expect(complaintResolution({ channel, status: 'open' }, { note: '已核实处理', ...input }, 'staff-section', NOW)).toEqual({
      ok: true,
      data: { note: '已核实处理', at: NOW, by: 'staff-section', ...expected },
    })
  })

  it.each([
    ['a phone complaint nobody called back', 'phone', { upheld: true }, 'INVALID_INPUT', 'calledBack'],
    ['a 12345 complaint with the call back unticked', '12345', { upheld: true, calledBack: false }, 'INVALID_INPUT', 'calledBack'],
  ] as const)('R20 refuses %s', (_, channel, input, code, field) => {
    const refused = complaintResolution({ channel, status: 'open' }, { note: '已处理', ...input }, 'staff-section', NOW)
    expect(refused).toMatchObject({ ok: false, error: { code, fields: { [field]: expect.stringMatching(/回电/) } } })
  })

  it('R20 refuses to close a complaint twice', () => {
    expect(complaintResolution({ status: 'resolved' }, { note: 'x', upheld: true }, 's', NOW)).toMatchObject({ ok: false, error: { code: 'INVALID_TRANSITION' } })
  })
})

describe('what a complaint carries from each channel (R20)', () => {
  const register = { requestId: 'req-register-0001', channel: '12345', callerName: '王先生', callerPhone: '13912345678', text: '窗口让我跑了三趟' }
  it.each([
    ['a 12345 complaint with the caller’s name and phone', register, true],
    ['a phone complaint with a landline', { ...register, channel: 'phone', callerPhone: '0533-3618118' }, true],
    ['one naming the window', { ...register, windowId: 'win-02' }, true],
    ['one typed as coming from the mini-program', { ...register, channel: 'mini-program' }, false],
    ['one without the caller’s phone', { ...register, callerPhone: '' }, false],
    ['one with a phone that is no phone', { ...register, callerPhone: '12345' }, false],
    ['one without the caller’s name', { ...register, callerName: ' ' }, false],
  ])('R20 section registers %s: %s', (_, input, valid) => {
    expect(v.safeParse(complaintRegisterSchema, input).success).toBe(valid)
  })

  it.each([
    ['without a contact phone', {}, true],
    ['with a mobile to call back', { contactPhone: '13812345678' }, true],
    ['with a phone that is no phone', { contactPhone: '138' }, false],
  ])('R20 a citizen’s complaint %s', (_, patch, valid) => {
    expect(v.safeParse(complaintSubmitSchema, { requestId: 'req-complaint-0001', text: '等了很久', ...patch }).success).toBe(valid)
  })
})
