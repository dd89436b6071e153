/**
 * Records and a fake `callCloud` for the client's tests: the fake answers
 * from a table of actions, so a test reads as the server's side of a talk.
 */
import type { ApiResult } from '@shared/api'
import type { Item } from '@shared/items'
import type { ServiceWindow } from '@shared/org'

export const itemOf = (over: Partial<Item> = {}): Item => ({
  id: 'item-001',
  name: '个体工商户设立登记',
  departmentId: 'dept-scjg',
  assistingDepartmentIds: [],
  materials: [
    { name: '居民身份证', copies: 1, form: 'original' },
    { name: '经营场所使用证明', copies: 2, form: 'copy', note: '租赁合同或房产证复印件' },
  ],
  notes: '委托他人办理的需携带委托书。',
  modes: ['walk-in', 'appointment'],
  estimatedMinutes: 30,
  active: true,
  version: 1,
  ...over,
})

export const windowOf = (over: Partial<ServiceWindow> = {}): ServiceWindow => ({
  id: 'win-02',
  departmentId: 'dept-scjg',
  name: '市场主体登记',
  number: 'A2',
  ...over,
})

type Handler = (input: any) => ApiResult<unknown> | Promise<ApiResult<unknown>>

/**
 * A stand-in for `callCloud` answering `'<function>/<action>'` from `table`;
 * an action missing from it answers INVALID_INPUT, as the real functions do.
 */
export function fakeCloud(table: Record<string, Handler>) {
  return jest.fn(async (name: string, action: string, input: unknown = {}) => {
    const handler = table[`${name}/${action}`]
    if (!handler) return { ok: false, error: { code: 'INVALID_INPUT', message: `不支持的操作：${action}` } }
    return handler(input)
  })
}
