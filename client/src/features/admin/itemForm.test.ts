import * as v from 'valibot'
import { itemFieldsSchema, MAX_HANDLING_MINUTES, type Item } from '@shared/items'
import {
  addMaterial,
  emptyItemForm,
  itemFormFromItem,
  itemInputFromForm,
  moveMaterial,
  removeMaterial,
  serverItemErrors,
  setAssistingDepartments,
  setLeadDepartment,
  updateMaterial,
  validateItemForm,
  type ItemForm,
} from './itemForm'

const filled = (over: Partial<ItemForm> = {}): ItemForm => {
  let form: ItemForm = { ...emptyItemForm(), name: '食品经营许可', departmentId: 'dept-scjg' }
  form = updateMaterial(addMaterial(form), 0, { name: '营业执照', copies: '2', form: 'copy' })
  return { ...form, ...over }
}

const savedItem: Item = {
  id: 'item-1',
  name: '不动产转移登记',
  departmentId: 'dept-bdc',
  assistingDepartmentIds: ['dept-sw'],
  materials: [
    { name: '身份证', copies: 1, form: 'original' },
    { name: '买卖合同', copies: 3, form: 'both', note: '双方签字' },
  ],
  notes: '买卖双方须同时到场',
  modes: ['appointment'],
  estimatedMinutes: 90,
  active: true,
  version: 4,
}

describe("the item form's guide (一次性告知, R1)", () => {
  it('sends the guide as typed, numbers as numbers', () => {
    const form = filled({ conditions: '本县户籍', fee: '不收费', legalDays: '20', promisedDays: ' 0 ', location: '二楼东区', delivery: ['window', 'post'], phone: '0533-3618121' })
    const result = validateItemForm(form)
    expect(result.ok && result.value).toMatchObject({ conditions: '本县户籍', fee: '不收费', legalDays: 20, promisedDays: 0, location: '二楼东区', delivery: ['window', 'post'], phone: '0533-3618121' })
  })

  it('leaves out every guide field left blank, so saving removes it', () => {
    const input = itemInputFromForm(filled({ fee: '  ', legalDays: '', delivery: [] }))
    expect(['conditions', 'fee', 'legalDays', 'promisedDays', 'location', 'delivery', 'phone'].filter((k) => k in input)).toEqual([])
  })

  it('answers a promise longer than the law on the promised field', () => {
    const result = validateItemForm(filled({ legalDays: '5', promisedDays: '10' }))
    expect(!result.ok && result.errors.promisedDays).toBe('承诺办结时限不能超过法定办结时限')
  })

  it('says 必须是数字 for days typed as words', () => {
    const result = validateItemForm(filled({ legalDays: '二十' }))
    expect(!result.ok && result.errors.legalDays).toBe('法定办结时限必须是数字')
  })

  it('round-trips a saved guide through the form', () => {
    const guided: Item = { ...savedItem, conditions: '双方到场', fee: '每件80元', legalDays: 30, promisedDays: 5, location: '二楼东区', delivery: ['window'], phone: '0533-3618141' }
    expect(v.parse(itemFieldsSchema, itemInputFromForm(itemFormFromItem(guided)))).toMatchObject({ fee: '每件80元', legalDays: 30, promisedDays: 5, delivery: ['window'] })
  })
})

describe('the item form (R1)', () => {
  it('turns typed text into the fields the server takes', () => {
    const result = validateItemForm(filled({ estimatedMinutes: ' 45 ' }))
    expect(result).toEqual({
      ok: true,
      value: {
        name: '食品经营许可',
        departmentId: 'dept-scjg',
        assistingDepartmentIds: [],
        materials: [{ name: '营业执照', copies: 2, form: 'copy' }],
        notes: '',
        modes: ['walk-in', 'appointment'],
        estimatedMinutes: 45,
      },
    })
  })

  it('keeps a material note only when one is written', () => {
    const form = updateMaterial(filled(), 0, { note: '加盖公章' })
    expect((itemInputFromForm(form).materials as unknown[])[0]).toEqual({ name: '营业执照', copies: 2, form: 'copy', note: '加盖公章' })
  })

  it('round-trips a saved item unchanged', () => {
    const result = validateItemForm(itemFormFromItem(savedItem))
    const { id: _id, active: _a, version: _v, ...fields } = savedItem
    expect(result).toEqual({ ok: true, value: fields })
  })

  it('R14 refuses more than half a working day, with the message beside the field', () => {
    const result = validateItemForm(filled({ estimatedMinutes: String(MAX_HANDLING_MINUTES + 1) }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.estimatedMinutes).toBe('预计办理时长不能超过半个工作日（210分钟）')
    expect(validateItemForm(filled({ estimatedMinutes: String(MAX_HANDLING_MINUTES) })).ok).toBe(true)
  })

  it.each([
    [{ name: ' ' }, 'name', '请填写事项名称'],
    [{ departmentId: '' }, 'departmentId', '请选择主办部门'],
    [{ modes: [] }, 'modes', '请至少选择一种服务方式'],
    [{ estimatedMinutes: '' }, 'estimatedMinutes', '预计办理时长必须是数字'],
    [{ estimatedMinutes: '半小时' }, 'estimatedMinutes', '预计办理时长必须是数字'],
  ] as const)('names the field that is wrong (%#)', (over, field, message) => {
    const result = validateItemForm(filled(over as Partial<ItemForm>))
    expect(result.ok ? {} : result.errors).toMatchObject({ [field]: message })
  })

  it('names the material row and its field', () => {
    const form = updateMaterial(addMaterial(filled()), 1, { name: '', copies: '0' })
    const result = validateItemForm(form)
    expect(result.ok ? {} : result.errors).toMatchObject({ 'materials.1.name': '请填写材料名称', 'materials.1.copies': '份数至少为1份' })
  })
})

describe('departments of an item (R13)', () => {
  it('drops the new lead department from the assisting ones', () => {
    const form = setLeadDepartment(filled({ assistingDepartmentIds: ['dept-sw', 'dept-bdc'] }), 'dept-bdc')
    expect(form).toMatchObject({ departmentId: 'dept-bdc', assistingDepartmentIds: ['dept-sw'] })
  })

  it('never lets the lead assist, nor a department twice', () => {
    expect(setAssistingDepartments(filled(), ['dept-sw', 'dept-scjg', 'dept-sw']).assistingDepartmentIds).toEqual(['dept-sw'])
  })
})

describe('the materials list', () => {
  const three = () => {
    let form = emptyItemForm()
    for (const name of ['甲', '乙', '丙']) form = updateMaterial(addMaterial(form), form.materials.length, { name })
    return form
  }
  const names = (form: ItemForm) => form.materials.map((m) => m.name)

  it('adds rows with distinct keys, one original copy by default', () => {
    const form = three()
    expect(new Set(form.materials.map((m) => m.key)).size).toBe(3)
    expect(form.materials[0]).toMatchObject({ copies: '1', form: 'original', note: '' })
  })

  it('moves a row up or down, keeping its key, and not past either end', () => {
    const form = three()
    const moved = moveMaterial(form, 2, -1)
    expect(names(moved)).toEqual(['甲', '丙', '乙'])
    expect(moved.materials[1].key).toBe(form.materials[2].key)
    expect(names(moveMaterial(form, 0, -1))).toEqual(['甲', '乙', '丙'])
    expect(names(moveMaterial(form, 2, 1))).toEqual(['甲', '乙', '丙'])
  })

  it('removes a row and leaves the input untouched', () => {
    const form = three()
    expect(names(removeMaterial(form, 1))).toEqual(['甲', '丙'])
    expect(names(form)).toEqual(['甲', '乙', '丙'])
  })
})

describe("the server's field errors", () => {
  it('are keyed like the form, the request id and version going to the form as a whole', () => {
    expect(
      serverItemErrors({ 'item.name': '请填写事项名称', 'item.materials.0.copies': '份数至少为1份', departmentId: '所选部门不存在', requestId: '请求编号格式不正确' }),
    ).toEqual({ name: '请填写事项名称', 'materials.0.copies': '份数至少为1份', departmentId: '所选部门不存在', _: '请求编号格式不正确' })
  })

  it('are the same messages the local check shows', () => {
    const input = { requestId: 'abcdefgh', item: itemInputFromForm(filled({ name: '' })) }
    const parsed = v.safeParse(v.object({ item: itemFieldsSchema }), input)
    expect(parsed.success).toBe(false)
    const server = serverItemErrors(Object.fromEntries((parsed.issues ?? []).map((i) => [i.path!.map((p) => p.key).join('.'), i.message])))
    const local = validateItemForm(filled({ name: '' }))
    expect(server.name).toBe(local.ok ? undefined : local.errors.name)
  })
})
