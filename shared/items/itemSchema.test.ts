import * as v from 'valibot'
import { fieldErrors } from '../api'
import { itemFieldsSchema, MAX_HANDLING_MINUTES } from '.'

const valid = {
  name: '个体工商户设立登记',
  departmentId: 'dept-market',
  materials: [{ name: '经营者身份证', copies: 1, form: 'original' }],
  modes: ['walk-in', 'appointment'],
  estimatedMinutes: 30,
}

function errorsOf(input: unknown) {
  const r = v.safeParse(itemFieldsSchema, input)
  return r.success ? {} : fieldErrors(r.issues)
}

describe('item fields (R1, R13, R14)', () => {
  it('accepts a complete item and fills the optional parts', () => {
    const r = v.safeParse(itemFieldsSchema, { ...valid, name: '  个体工商户设立登记 ' })
    expect(r.success).toBe(true)
    if (r.success) {
      expect(r.output.name).toBe('个体工商户设立登记')
      expect(r.output.assistingDepartmentIds).toEqual([])
      expect(r.output.notes).toBe('')
    }
  })

  it.each([
    [{ ...valid, name: '   ' }, 'name', '请填写事项名称'],
    [{ ...valid, name: '办'.repeat(61) }, 'name', '事项名称不能超过60个字'],
    [{ ...valid, departmentId: { $gt: '' } }, 'departmentId', '主办部门格式不正确'],
    [{ ...valid, modes: [] }, 'modes', '请至少选择一种服务方式'],
    [{ ...valid, modes: ['online'] }, 'modes.0', '服务方式不正确'],
    [{ ...valid, materials: [{ name: '身份证', copies: 0, form: 'copy' }] }, 'materials.0.copies', '份数至少为1份'],
    [{ ...valid, materials: [{ name: '身份证', copies: 1, form: 'scan' }] }, 'materials.0.form', '请选择原件或复印件'],
    [{ ...valid, estimatedMinutes: MAX_HANDLING_MINUTES + 1 }, 'estimatedMinutes', '预计办理时长不能超过半个工作日（210分钟）'],
    [{ ...valid, estimatedMinutes: '30' }, 'estimatedMinutes', '预计办理时长必须是数字'],
  ])('names the field and says what is wrong (%#)', (input, field, message) => {
    expect(errorsOf(input)[field]).toBe(message)
  })

  it('refuses an assisting department that is also the lead (R13)', () => {
    expect(Object.values(errorsOf({ ...valid, assistingDepartmentIds: ['dept-market'] }))).toContain('配合部门不能与主办部门相同')
  })
})

describe("the item guide's fields (一次性告知, R1)", () => {
  const guide = {
    conditions: '本县户籍居民',
    fee: '不收费',
    legalDays: 20,
    promisedDays: 5,
    location: '二楼东区',
    delivery: ['window', 'post'],
    phone: '0533-3618121',
  }

  it('keeps a complete guide, trimmed', () => {
    const r = v.safeParse(itemFieldsSchema, { ...valid, ...guide, fee: ' 不收费 ', phone: ' 13812345678 ' })
    expect(r.success && r.output).toMatchObject({ ...guide, fee: '不收费', phone: '13812345678' })
  })

  it('still accepts an item without any of them, as items saved before them are', () => {
    const r = v.safeParse(itemFieldsSchema, valid)
    expect(r.success && Object.keys(r.output)).not.toContain('fee')
  })

  it('takes 0 working days as 即办', () => {
    expect(v.safeParse(itemFieldsSchema, { ...valid, legalDays: 0, promisedDays: 0 }).success).toBe(true)
  })

  it.each([
    [{ conditions: '条'.repeat(301) }, 'conditions', '受理条件不能超过300个字'],
    [{ fee: '不收费\n工本费' }, 'fee', '收费标准不能换行'],
    [{ fee: 0 }, 'fee', '收费标准必须是文字'],
    [{ legalDays: '20' }, 'legalDays', '法定办结时限必须是数字'],
    [{ legalDays: 2.5 }, 'legalDays', '法定办结时限必须是整数个工作日'],
    [{ legalDays: -1 }, 'legalDays', '法定办结时限不能小于0（即办件填0）'],
    [{ promisedDays: 366 }, 'promisedDays', '承诺办结时限不能超过365个工作日'],
    [{ legalDays: 5, promisedDays: 10 }, 'promisedDays', '承诺办结时限不能超过法定办结时限'],
    [{ location: '二楼'.repeat(16) }, 'location', '办理地点不能超过30个字'],
    [{ delivery: ['fax'] }, 'delivery.0', '结果送达方式不正确'],
    [{ delivery: ['post', 'post'] }, 'delivery', '结果送达方式重复'],
    [{ delivery: 'post' }, 'delivery', '结果送达方式不正确'],
    [{ phone: '3618121' }, 'phone', '咨询电话应为手机号或带区号的固定电话，如0533-3618118'],
    [{ phone: '' }, 'phone', '咨询电话应为手机号或带区号的固定电话，如0533-3618118'],
  ])('names the guide field and says what is wrong (%#)', (over, field, message) => {
    expect(errorsOf({ ...valid, ...over })[field]).toBe(message)
  })
})

describe('a form sent with fields missing', () => {
  it('answers each missing field in Chinese, never in the library English', () => {
    const messages = Object.values(errorsOf({}))
    expect(messages).toContain('请填写事项名称')
    expect(messages.every((m) => /[\u4e00-\u9fa5]/.test(m))).toBe(true)
  })
})
