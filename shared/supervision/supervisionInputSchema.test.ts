import * as v from 'valibot'
import { fieldErrors } from '../api'
import { supervisionInputSchema } from './supervisionInputSchema'

const errors = (input: unknown) => {
  const parsed = v.safeParse(supervisionInputSchema, input)
  return parsed.success ? null : fieldErrors(parsed.issues)
}

describe('supervision.report input', () => {
  it('accepts a period with json as the default format', () => {
    expect(v.parse(supervisionInputSchema, { from: '2026-10-01', to: '2026-10-31' })).toEqual({ from: '2026-10-01', to: '2026-10-31', format: 'json' })
  })

  it.each([
    [{ to: '2026-10-31' }, 'from', '请选择开始日期'],
    [{ from: '2026-02-30', to: '2026-03-01' }, 'from', '请选择日期'],
    [{ from: '2026-10-31', to: '2026-10-01' }, 'to', '结束日期不能早于开始日期'],
    [{ from: '2025-01-01', to: '2026-01-02' }, 'to', '一次最多统计366天'],
    [{ from: '2026-10-01', to: '2026-10-31', format: 'xlsx' }, 'format', '导出格式只能是 json 或 csv'],
    [{ from: '2026-10-01', to: '2026-10-31', windowId: '' }, 'windowId', '窗口格式不正确'],
  ])('refuses %j in Chinese on the field at fault', (input, field, message) => {
    expect(errors(input)).toMatchObject({ [field]: message })
  })
})
