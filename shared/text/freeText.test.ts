import * as v from 'valibot'
import { fieldErrors } from '../api'
import { appointmentRequestSchema, EVENT_SCHEMAS } from '../appointments'
import { itemFieldsSchema } from '../items'
import { leaveRequestInputSchema } from '../time-bank/leaveSchemas'
import { optionalText, requiredText } from './freeText'

/** What an attacker put in the notes: each prints invisibly, or reorders the text, on the registration form (issue 13, item 8). */
const INVISIBLE = [
  ['a right-to-left override', '今天\u202e上午'],
  ['a zero-width space', '今天\u200b上午'],
  ['a zero-width joiner', '今天\u200d上午'],
  ['an escape sequence', '今天\u001b[31m上午'],
  ['NUL', '今天\u0000上午'],
  ['a byte-order mark inside', '今天\ufeff上午'],
] as const

const errorsOf = (schema: v.GenericSchema, input: unknown) => {
  const result = v.safeParse(schema, input)
  return result.success ? {} : fieldErrors(result.issues)
}

describe('one rule for all free text (R8)', () => {
  it.each(INVISIBLE)('refuses %s, naming the field', (_what, text) => {
    expect(errorsOf(v.object({ reason: requiredText('取消原因', 100) }), { reason: text })).toEqual({ reason: '取消原因含有表情或无法识别的字符，请只填写文字' })
    expect(errorsOf(v.object({ note: optionalText('备注', 200) }), { note: text })).toEqual({ note: '备注含有表情或无法识别的字符，请只填写文字' })
  })

  it('keeps line breaks in a note and Chinese punctuation, trimmed', () => {
    expect(v.parse(requiredText('办理结果', 200), ' 已办结。\n材料齐全（原件）· 复印件2份 ')).toBe('已办结。\n材料齐全（原件）· 复印件2份')
  })

  it('refuses a line break in a one-line field such as a name', () => {
    expect(errorsOf(v.object({ name: requiredText('事项名称', 40, 'one') }), { name: '营业执照\n变更' })).toEqual({ name: '事项名称不能换行' })
  })

  const request = { requestId: 'req-00000001', itemIds: ['item-1'], date: '2026-10-02', applicant: { name: '张三', phone: '13812345678' } }
  it.each([
    ['the appointment note', appointmentRequestSchema, { ...request, note: '带\u202e轮椅' }, 'note', '备注'],
    ['the applicant name', appointmentRequestSchema, { ...request, applicant: { name: '张\u200b三', phone: '13812345678' } }, 'applicant.name', '申请人姓名'],
    ['a cancellation reason', EVENT_SCHEMAS.cancel, { reason: '临时\u0000有事' }, 'reason', '取消原因'],
    ['a change reason', EVENT_SCHEMAS.proposeChange, { reason: '停电\u001b[2J', newDate: '2026-10-03' }, 'reason', '变更原因'],
    ['a service result', EVENT_SCHEMAS.complete, { result: '已办结\u2066' }, 'result', '办理结果'],
    ['a contact note', EVENT_SCHEMAS.confirm, { agreedTime: '09:00', plannedMinutes: 30, contact: { note: '已告知\u200e', materialsToldInFull: true } }, 'contact.note', '联系记录'],
    ['an item name', itemFieldsSchema, { name: '变更\u202e登记', departmentId: 'dept-1', materials: [], modes: ['walk-in'], estimatedMinutes: 30 }, 'name', '事项名称'],
    [
      'a leave reason',
      leaveRequestInputSchema,
      { requestId: 'req-00000001', date: '2026-10-12', hours: 1, coverStaffId: 'staff-1', reason: '看病\u200b' },
      'reason',
      '调休事由',
    ],
  ])('applies to %s', (_what, schema, input, field, label) => {
    expect(errorsOf(schema as v.GenericSchema, input)).toMatchObject({ [field]: `${label}含有表情或无法识别的字符，请只填写文字` })
  })
})
