import * as v from 'valibot'
import { fieldsObject } from './fieldsObject'

/**
 * One paging scheme for every list that can grow (issue 13, item 2):
 * complaints, reviews, visits, the section's inbox, a window's queue, staff,
 * items. A caller sends `{ cursor?, limit? }` and gets `{ items, total,
 * nextCursor }`; it sends `nextCursor` back for the next page until it is
 * `null`. `total` is how many the whole list holds, for "共 N 条". The cursor
 * is opaque to the caller (today the position of the next record in the
 * list's own order, which serves a ranked search as well as newest first).
 * A page holds at most `MAX_PAGE_SIZE`, under the platform's 100 (docs/platform.md).
 */
export const DEFAULT_PAGE_SIZE = 20
export const MAX_PAGE_SIZE = 50
/** Beyond this many records a list is read no further (the cursor has 5 digits). */
export const MAX_PAGE_OFFSET = 99_999

/** The paging fields an action's input schema spreads into its own `fieldsObject`. */
export const pageInputEntries = {
  cursor: v.optional(v.pipe(v.string('翻页位置格式不正确，请刷新后重试'), v.regex(/^\d{1,5}$/, '翻页位置格式不正确，请刷新后重试'))),
  limit: v.optional(
    v.pipe(
      v.number('每页条数必须是数字'),
      v.integer('每页条数必须是整数'),
      v.minValue(1, '每页至少1条'),
      v.maxValue(MAX_PAGE_SIZE, `每页最多${MAX_PAGE_SIZE}条`),
    ),
    DEFAULT_PAGE_SIZE,
  ),
}

/** The input of a list that takes nothing but the page (`complaints.mine`, `visits.pending`, `staff.list`). */
export const pageInputSchema = fieldsObject({ ...pageInputEntries })

/** The paging input as an action reads it after parsing. */
export interface PageInput {
  cursor?: string
  limit: number
}

/** One page of a list. */
export interface Page<T> {
  items: T[]
  /** How many the whole list holds (every page). */
  total: number
  /** What to send as `cursor` for the next page; `null` on the last. */
  nextCursor: string | null
}

/** Where in the list a page starts, and how many it holds. */
export function pageWindow(input: PageInput): { skip: number; limit: number } {
  return { skip: input.cursor ? Number(input.cursor) : 0, limit: input.limit }
}

/**
 * A page from the records at `skip` of a list of `total`.
 * @example pageOf(['c', 'd'], 5, { skip: 2, limit: 2 }) // { items: ['c', 'd'], total: 5, nextCursor: '4' }
 */
export function pageOf<T>(items: T[], total: number, at: { skip: number; limit: number }): Page<T> {
  const next = at.skip + items.length
  const more = items.length > 0 && next < total && next <= MAX_PAGE_OFFSET
  return { items, total, nextCursor: more ? String(next) : null }
}

/** A page of a list already in memory (a ranked search, the staff). */
export function slicePage<T>(all: readonly T[], input: PageInput): Page<T> {
  const at = pageWindow(input)
  return pageOf(all.slice(at.skip, at.skip + at.limit), all.length, at)
}
