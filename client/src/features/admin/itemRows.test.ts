import { itemRows } from './itemRows'
import type { ItemSummary } from '@shared/items'

const summary = (over: Partial<ItemSummary>): ItemSummary => ({
  id: 'i',
  name: '事项',
  departmentId: 'd1',
  assistingDepartmentIds: [],
  modes: ['walk-in', 'appointment'],
  estimatedMinutes: 30,
  materialCount: 2,
  active: true,
  version: 1,
  ...over,
})

describe("the admin's item list", () => {
  const departments = [{ id: 'd1', name: '县市场监督管理局', order: 1, windows: [] }]

  it('marks archived items and names the lead department and modes', () => {
    const rows = itemRows([summary({ id: 'a' }), summary({ id: 'b', active: false, modes: ['appointment'], example: true })], departments)
    expect(rows).toEqual([
      { id: 'a', name: '事项', departmentName: '县市场监督管理局', modesText: '周末无休、节假日预约', estimatedMinutes: 30, materialCount: 2, archived: false, example: false },
      { id: 'b', name: '事项', departmentName: '县市场监督管理局', modesText: '节假日预约', estimatedMinutes: 30, materialCount: 2, archived: true, example: true },
    ])
  })

  it('says when a department is unknown rather than showing its id', () => {
    expect(itemRows([summary({ departmentId: 'gone' })], departments)[0].departmentName).toBe('未知部门')
  })
})
