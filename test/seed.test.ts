import * as v from 'valibot'
import { itemFieldsSchema } from '../shared/items'
import { departmentFieldsSchema, staffFieldsSchema, windowFieldsSchema } from '../shared/org'
import { EXAMPLE_SEED } from '../emulator/src/seed'

/** The example data is what admins see first: it must be data the app itself would accept (R1). */
describe('the example data', () => {
  const { departments, windows, items, staff } = EXAMPLE_SEED.collections as Record<string, any[]>
  const issuesOf = (schema: v.GenericSchema, docs: any[]) =>
    docs.flatMap((doc) => {
      const { _id, ...fields } = doc
      const r = v.safeParse(schema, { ...fields, id: _id })
      return r.success ? [] : [`${_id}: ${r.issues.map((i) => i.message).join('; ')}`]
    })

  it('has about twenty items, all marked as example data', () => {
    expect(items.length).toBeGreaterThanOrEqual(20)
    expect(items.every((i) => i.example === true && i.active === true && i.version === 1)).toBe(true)
  })

  it('passes the schemas the admin screens use', () => {
    expect(issuesOf(departmentFieldsSchema, departments)).toEqual([])
    expect(issuesOf(windowFieldsSchema, windows)).toEqual([])
    expect(issuesOf(itemFieldsSchema, items.map(({ id: _i, active: _a, version: _v, example: _e, ...rest }) => rest))).toEqual([])
    expect(issuesOf(staffFieldsSchema, staff.map(({ openid: _o, active: _a, departmentId: _d, example: _e, ...rest }) => rest))).toEqual([])
  })

  it('points every reference at a record that exists', () => {
    const departmentIds = new Set(departments.map((d) => d._id))
    const windowIds = new Set(windows.map((w) => w._id))
    expect(windows.filter((w) => !departmentIds.has(w.departmentId))).toEqual([])
    expect(items.filter((i) => ![i.departmentId, ...i.assistingDepartmentIds].every((d: string) => departmentIds.has(d)))).toEqual([])
    expect(staff.filter((s) => s.windowId && !windowIds.has(s.windowId))).toEqual([])
  })
})
