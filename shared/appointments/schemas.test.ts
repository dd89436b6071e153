import * as v from 'valibot'
import { fieldErrors } from '../api'
import { appointmentRefSchema } from './appointmentRefSchema'
import { appointmentRequestSchema } from './appointmentRequestSchema'
import { EVENT_SCHEMAS } from './eventSchemas'

const valid = {
  requestId: 'req-00000001',
  itemIds: ['item-1'],
  date: '2026-10-02',
  applicant: { name: '张三', phone: '13812345678' },
}

/** The field errors a parse reports, or {} when it parses. */
function errorsOf(schema: v.GenericSchema, input: unknown) {
  const result = v.safeParse(schema, input)
  return result.success ? {} : fieldErrors(result.issues)
}

describe('the appointment request schema (R8)', () => {
  it('accepts a complete request and trims the applicant', () => {
    const parsed = v.parse(appointmentRequestSchema, {
      ...valid,
      halfDay: 'pm',
      time: '14:00',
      note: ' 需要轮椅 ',
      channel: 'phone',
      applicant: { name: ' 买买提·艾力 ', phone: '0533-3618118' },
    })
    expect(parsed).toMatchObject({ applicant: { name: '买买提·艾力', phone: '0533-3618118' }, note: '需要轮椅', channel: 'phone' })
  })

  it('names a missing field as it names an empty one, and says when the request is not an object', () => {
    const { date: _date, ...withoutDate } = valid
    expect(errorsOf(appointmentRequestSchema, withoutDate)).toEqual({ date: '请选择预约日期' })
    expect(errorsOf(appointmentRequestSchema, 'date=2026-10-02')).toEqual({ _: '填写的信息格式不正确' })
  })

  it.each([
    ['no items', { itemIds: [] }, { itemIds: '请选择办理事项' }],
    ['six items', { itemIds: ['a', 'b', 'c', 'd', 'e', 'f'] }, { itemIds: '一次预约最多选择5个事项' }],
    ['the same item twice', { itemIds: ['a', 'a'] }, { itemIds: '办理事项不能重复' }],
    ['an item id that is an object', { itemIds: [{ $gt: '' }] }, { 'itemIds.0': '办理事项格式不正确' }],
    ['a date that does not exist', { date: '2026-02-30' }, { date: '预约日期不是有效的日期' }],
    ['no date', { date: undefined }, { date: '请选择预约日期' }],
    ['a half day that is neither', { halfDay: 'noon' }, { halfDay: '预约时段应为上午或下午' }],
    ['a time written 9:00', { time: '9:00' }, { time: '期望时间格式应为 HH:mm' }],
    ['a note of 201 characters', { note: '字'.repeat(201) }, { note: '备注不能超过200个字' }],
    ['an unknown channel', { channel: 'fax' }, { channel: '预约渠道不正确' }],
    ['no request id', { requestId: undefined }, { requestId: '请求编号缺失，请刷新后重试' }],
    ['no applicant', { applicant: undefined }, { applicant: '请填写申请人信息' }],
    ['a blank name', { applicant: { name: '   ', phone: '13812345678' } }, { 'applicant.name': '请填写申请人姓名' }],
    ['a name of 21 characters', { applicant: { name: '张'.repeat(21), phone: '13812345678' } }, { 'applicant.name': '申请人姓名不能超过20个字' }],
    ['a name with a control character', { applicant: { name: '张\u0007三', phone: '13812345678' } }, { 'applicant.name': '申请人姓名含有表情或无法识别的字符，请只填写文字' }],
    ['a name with a bidi override', { applicant: { name: '张\u202e三', phone: '13812345678' } }, { 'applicant.name': '申请人姓名含有表情或无法识别的字符，请只填写文字' }],
    ['a mobile starting 12', { applicant: { name: '张三', phone: '12812345678' } }, { 'applicant.phone': '联系电话应为手机号或带区号的固定电话' }],
    ['a mobile of 10 digits', { applicant: { name: '张三', phone: '1381234567' } }, { 'applicant.phone': '联系电话应为手机号或带区号的固定电话' }],
    ['a landline without area code', { applicant: { name: '张三', phone: '3618118' } }, { 'applicant.phone': '联系电话应为手机号或带区号的固定电话' }],
    ['no phone', { applicant: { name: '张三' } }, { 'applicant.phone': '请填写联系电话' }],
  ])('refuses %s, naming the field', (_case, change, expected) => {
    expect(errorsOf(appointmentRequestSchema, { ...valid, ...change })).toEqual(expected)
  })
})

describe('the staff action payload schemas', () => {
  it.each([
    ['dispatch', {}, { leadWindowId: '主办窗口格式不正确' }],
    ['dispatch', { leadWindowId: 'w1', assistingWindowIds: ['w1'] }, { assistingWindowIds: '配合窗口不能与主办窗口相同' }],
    ['dispatch', { leadWindowId: 'w1', assistingWindowIds: ['w2', 'w2'] }, { assistingWindowIds: '配合窗口不能重复' }],
    ['assign', {}, { staffId: '工作人员格式不正确' }],
    ['confirm', { agreedTime: '25:00', contact: { materialsToldInFull: true } }, { agreedTime: '约定时间格式应为 HH:mm' }],
    ['confirm', { agreedTime: '09:00', contact: {} }, { 'contact.materialsToldInFull': '请确认是否已一次性告知所需材料' }],
    ['confirm', { agreedTime: '09:00', plannedMinutes: 30.5, contact: { materialsToldInFull: true } }, { plannedMinutes: '计划办理时长必须是整数分钟' }],
    ['proposeChange', { newTime: '10:00' }, { reason: '请填写变更原因' }],
    ['proposeChange', { reason: '设备检修' }, { newTime: '请填写新的日期或时间' }],
    ['proposeChange', { reason: '设备检修', newDate: '2026-13-01' }, { newDate: '新的日期不是有效的日期' }],
    ['decideChange', { decision: 'maybe' }, { decision: '请选择同意或不同意变更' }],
    ['forceMajeure', {}, { note: '请填写不可抗力情况说明' }],
    ['cancel', { reason: '' }, { reason: '请填写取消原因' }],
    ['markLate', { gaveUp: true }, { contacted: '请选择是否已联系申请人' }],
    ['markLate', { contacted: true }, { gaveUp: '请选择申请人是否放弃办理' }],
    ['complete', {}, { result: '请填写办理结果' }],
    ['complete', { result: '已办结', endedAt: -1 }, { endedAt: '办结时间格式不正确' }],
  ] as const)('%s refuses %j with %j', (event, input, expected) => {
    expect(errorsOf(EVENT_SCHEMAS[event], input)).toEqual(expected)
  })

  it('every action names its appointment, the version seen and a request id', () => {
    expect(errorsOf(appointmentRefSchema, {})).toEqual({
      appointmentId: '预约编号格式不正确',
      version: '版本号缺失，请刷新后重试',
      requestId: '请求编号缺失，请刷新后重试',
    })
    expect(errorsOf(appointmentRefSchema, { appointmentId: 'a-1', version: 3, requestId: 'req-00000009' })).toEqual({})
  })
})
