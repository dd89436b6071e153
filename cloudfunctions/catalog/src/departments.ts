import { action, noInputSchema, ok } from '@shared/api'
import { byWindowNumber } from '@shared/org'
import type { ActionContext } from '../../../server/context'
import { departmentRepository, windowRepository } from '../../../server/repositories/org'

/** `departments.list`: the departments in their order, each with its windows (two reads). */
export const listDepartments = action(noInputSchema, async (_input, ctx: ActionContext) => {
  const [departments, windows] = await Promise.all([
    departmentRepository(ctx.db).find({}, { orderBy: [['order', 'asc']] }),
    windowRepository(ctx.db).find({}),
  ])
  return ok({
    departments: departments.map((d) => ({ ...d, windows: windows.filter((w) => w.departmentId === d.id).sort(byWindowNumber) })),
  })
})
