import * as v from 'valibot'
import { pageInputEntries, requestIdSchema, versionSchema } from '../api'
import { idSchema } from '../ids'
import { itemFieldsSchema } from './itemSchema'

/** `catalog` `items.list`: words to look for, a department, a service mode, the page; archived items for admins only. */
export const itemsListInputSchema = v.object({
  q: v.optional(v.pipe(v.string('搜索词必须是文字'), v.maxLength(40, '搜索词不能超过40个字'))),
  departmentId: v.optional(idSchema('部门')),
  mode: v.optional(v.picklist(['walk-in', 'appointment'], '服务方式不正确')),
  includeArchived: v.optional(v.boolean('includeArchived 必须是布尔值')),
  ...pageInputEntries,
})

/** `catalog` `items.get`. */
export const itemRefSchema = v.object({ id: idSchema('事项') })

/** `admin` `items.create`: the request id makes a double tap create one item. */
export const itemCreateInputSchema = v.object({ requestId: requestIdSchema, item: itemFieldsSchema })

/** `admin` `items.update`, over the version the edit started from. */
export const itemUpdateInputSchema = v.object({ id: idSchema('事项'), version: versionSchema(1), item: itemFieldsSchema })

/** `admin` `items.archive`. */
export const itemArchiveInputSchema = v.object({ id: idSchema('事项'), version: versionSchema(1) })
