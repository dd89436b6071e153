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

describe('a form sent with fields missing', () => {
  it('answers each missing field in Chinese, never in the library English', () => {
    const messages = Object.values(errorsOf({}))
    expect(messages).toContain('请填写事项名称')
    expect(messages.every((m) => /[\u4e00-\u9fa5]/.test(m))).toBe(true)
  })
})
