import * as v from 'valibot'
import { REVIEW_LEVELS, REVIEW_LEVEL_NAMES, needsFollowUp } from './reviewLevels'
import { isReviewable } from './reviewable'
import { complaintSubmitSchema, reviewResolveSchema, reviewSubmitSchema, visitRecordSchema } from './schemas'

const fieldsOf = (schema: v.GenericSchema, input: unknown) => {
  const parsed = v.safeParse(schema, input)
  return parsed.success ? null : Object.fromEntries(parsed.issues.map((i) => [i.path?.map((p) => String(p.key)).join('.') ?? '_', i.message]))
}

describe('review levels (R20, the national 好差评 five levels)', () => {
  it('has the five levels, best first, in Chinese', () => {
    expect(REVIEW_LEVELS.map((l) => REVIEW_LEVEL_NAMES[l])).toEqual(['非常满意', '满意', '基本满意', '不满意', '非常不满意'])
  })

  it.each([
    ['very_satisfied', false],
    ['satisfied', false],
    ['basic', false],
    ['dissatisfied', true],
    ['very_dissatisfied', true],
  ] as const)('R20 %s needs a follow-up: %s', (level, expected) => {
    expect(needsFollowUp(level)).toBe(expected)
  })

  it('R20 lets completed and acknowledged appointments be reviewed, nothing earlier or cancelled', () => {
    expect(isReviewable('completed')).toBe(true)
    expect(isReviewable('acknowledged')).toBe(true)
    expect(isReviewable('in_service')).toBe(false)
    expect(isReviewable('cancelled')).toBe(false)
  })
})

describe('feedback input schemas (R20)', () => {
  const review = { appointmentId: 'apt-1', requestId: 'req-12345678', level: 'dissatisfied' }

  it('accepts a review with a trimmed comment', () => {
    expect(v.parse(reviewSubmitSchema, { ...review, comment: '  等候时间太长  ' })).toEqual({ ...review, comment: '等候时间太长' })
  })

  it.each([
    ['an unknown level', { ...review, level: 'great' }, 'level', '请选择满意程度'],
    ['no level', { appointmentId: 'apt-1', requestId: 'req-12345678' }, 'level', '请选择满意程度'],
    ['a query object as the id', { ...review, appointmentId: { $gt: '' } }, 'appointmentId', '预约编号格式不正确'],
    ['an emoji in the comment', { ...review, comment: '很好👍' }, 'comment', '评价内容含有表情或无法识别的字符，请只填写文字'],
    ['a control character in the comment', { ...review, comment: 'a\u0007b' }, 'comment', '评价内容含有表情或无法识别的字符，请只填写文字'],
    ['a bidi override in the comment', { ...review, comment: 'a\u202eb' }, 'comment', '评价内容含有表情或无法识别的字符，请只填写文字'],
    ['a comment of 301 characters', { ...review, comment: '长'.repeat(301) }, 'comment', '评价内容不能超过300个字'],
  ])('refuses %s in Chinese', (_label, input, field, message) => {
    expect(fieldsOf(reviewSubmitSchema, input)).toMatchObject({ [field]: message })
  })

  it('keeps line breaks in a complaint and refuses an empty one', () => {
    expect(v.parse(complaintSubmitSchema, { requestId: 'req-12345678', text: '第一行\n第二行' }).text).toBe('第一行\n第二行')
    expect(fieldsOf(complaintSubmitSchema, { requestId: 'req-12345678', text: '   ' })).toEqual({ text: '请填写投诉内容' })
  })

  it('needs a note and the version read to resolve', () => {
    expect(fieldsOf(reviewResolveSchema, { appointmentId: 'apt-1', requestId: 'req-12345678', note: '' })).toMatchObject({
      version: '版本号缺失，请刷新后重试',
      note: '请填写跟进情况',
    })
  })

  it('takes a return visit by phone or on site only', () => {
    expect(fieldsOf(visitRecordSchema, { appointmentId: 'apt-1', requestId: 'req-12345678', how: 'email', note: '已回访' })).toEqual({ how: '请选择回访方式' })
    expect(v.parse(visitRecordSchema, { appointmentId: 'apt-1', requestId: 'req-12345678', how: 'phone', note: '已回访', satisfaction: 'satisfied' })).toMatchObject({ how: 'phone' })
  })
})
