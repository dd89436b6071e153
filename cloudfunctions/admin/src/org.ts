import { fail, ok } from '@shared/api'
import { departmentFieldsSchema, windowFieldsSchema } from '@shared/org'
import { guarded } from '@server/guard'
import { newId } from '@server/ids'
import { departmentRepository, windowRepository } from '@server/repositories/org'

/** `departments.upsert`: adds a department, or renames and reorders one. */
export const upsertDepartment = guarded(['admin'], departmentFieldsSchema, async (input, ctx) => {
  const departments = departmentRepository(ctx.db)
  const department = { id: input.id ?? newId('dept'), name: input.name, shortName: input.shortName, order: input.order }
  if (!input.id) {
    await departments.insert(department)
    return ok({ department })
  }
  const changed = await departments.updateWhere({ _id: input.id }, { name: input.name, shortName: input.shortName, order: input.order })
  if (changed !== 1 && !(await departments.get(input.id))) return fail('NOT_FOUND', '没有找到该部门')
  return ok({ department })
})

/** `windows.upsert`: adds a window to a department, or edits one. Window numbers are unique. */
export const upsertWindow = guarded(['admin'], windowFieldsSchema, async (input, ctx) => {
  const windows = windowRepository(ctx.db)
  if (!(await departmentRepository(ctx.db).get(input.departmentId))) {
    return fail('INVALID_INPUT', '所属部门不存在', { departmentId: '所属部门不存在' })
  }
  const sameNumber = await windows.find({ number: input.number }, { limit: 2 })
  if (sameNumber.some((w) => w.id !== input.id)) return fail('CONFLICT', `窗口号 ${input.number} 已被使用`, { number: '窗口号已被使用' })
  const window = { id: input.id ?? newId('win'), departmentId: input.departmentId, name: input.name, number: input.number, location: input.location }
  if (!input.id) {
    await windows.insert(window)
    return ok({ window })
  }
  const changed = await windows.updateWhere({ _id: input.id }, { departmentId: input.departmentId, name: input.name, number: input.number, location: input.location })
  if (changed !== 1 && !(await windows.get(input.id))) return fail('NOT_FOUND', '没有找到该窗口')
  return ok({ window })
})

