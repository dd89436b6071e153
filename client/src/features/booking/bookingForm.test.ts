import { EMPTY_DRAFT, toAppointmentRequest, validateBooking, type BookingDraft } from './bookingForm'

const filled: BookingDraft = { date: '2026-10-02', halfDay: 'am', time: '', name: '张三', phone: '13812345678', note: '' }

describe('the booking form as a request (R7, R8)', () => {
  it('sends one item, the day and half-day, the applicant, from the mini-program', () => {
    expect(toAppointmentRequest(filled, ['item-006'], 'req-abcdefgh')).toEqual({
      requestId: 'req-abcdefgh',
      itemIds: ['item-006'],
      date: '2026-10-02',
      halfDay: 'am',
      applicant: { name: '张三', phone: '13812345678' },
      channel: 'mini-program',
    })
  })

  it('adds a preferred time and a note only when given, trimmed', () => {
    const request = toAppointmentRequest({ ...filled, halfDay: undefined, time: ' 09:30 ', note: ' 带孩子同来 ' }, ['item-006'], 'req-abcdefgh')
    expect(request).toMatchObject({ time: '09:30', note: '带孩子同来' })
    expect(request).not.toHaveProperty('halfDay')
  })

  it('passes a filled form with the schema the server uses', () => {
    const checked = validateBooking(filled, ['item-006'], 'req-abcdefgh')
    expect(checked.ok).toBe(true)
  })

  it("names each wrong field with the schema's Chinese message", () => {
    const checked = validateBooking({ ...EMPTY_DRAFT, phone: '12345', time: '9点' }, ['item-006'], 'req-abcdefgh')
    expect(checked.ok).toBe(false)
    if (checked.ok) return
    expect(checked.errors).toMatchObject({
      date: '请选择预约日期',
      time: '期望时间格式应为 HH:mm',
      'applicant.name': '请填写申请人姓名',
      'applicant.phone': '联系电话应为手机号或带区号的固定电话',
    })
  })

  it("accepts the centre's own kind of landline number (R7)", () => {
    expect(validateBooking({ ...filled, phone: '0533-3618118' }, ['item-006'], 'req-abcdefgh').ok).toBe(true)
  })
})
