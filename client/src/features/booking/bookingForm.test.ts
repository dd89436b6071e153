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

describe('a company booking (R7)', () => {
  it('sends the company with its contact person', () => {
    const draft = { date: '2026-10-05', time: '', name: '王经理', phone: '13912340000', note: '', asCompany: true, companyName: '沂源县测试贸易有限公司', creditCode: '91110108551385082q' }
    expect(toAppointmentRequest(draft, ['item-001'], 'req-company-1')).toMatchObject({
      applicant: { name: '王经理', phone: '13912340000', company: { name: '沂源县测试贸易有限公司', creditCode: '91110108551385082q' } },
    })
    expect(validateBooking(draft, ['item-001'], 'req-company-1')).toMatchObject({ ok: true, value: { applicant: { company: { creditCode: '91110108551385082Q' } } } })
  })

  it('says what is wrong with a credit code beside its field', () => {
    const draft = { date: '2026-10-05', time: '', name: '王经理', phone: '13912340000', note: '', asCompany: true, companyName: '', creditCode: '9111010855138508' }
    expect(validateBooking(draft, ['item-001'], 'req-company-2')).toEqual({
      ok: false,
      errors: { 'applicant.company.name': '请填写企业名称', 'applicant.company.creditCode': '统一社会信用代码应为18位，现在是16位' },
    })
  })

  it('leaves the company out for a person', () => {
    const draft = { date: '2026-10-05', time: '', name: '张三', phone: '13812345678', note: '', asCompany: false, companyName: '某公司', creditCode: 'x' }
    expect(toAppointmentRequest(draft, ['item-001'], 'req-person').applicant).toEqual({ name: '张三', phone: '13812345678' })
  })
})
