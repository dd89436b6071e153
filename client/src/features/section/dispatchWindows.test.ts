import { summarizeItem } from '@shared/items'
import { itemOf, windowOf } from '../items/fixtures'
import { dispatchWindows } from './dispatchWindows'
import { entryOf } from './fixtures'

const DEPARTMENTS = [
  { id: 'dept-scjg', name: '市场监管局', order: 1, windows: [windowOf({ id: 'win-01', number: 'A1' }), windowOf({ id: 'win-02', number: 'A2' })] },
  { id: 'dept-rs', name: '人社局', order: 2, windows: [windowOf({ id: 'win-04', departmentId: 'dept-rs', number: '4' })] },
  { id: 'dept-sw', name: '税务局', order: 3, windows: [windowOf({ id: 'win-05', departmentId: 'dept-sw', number: '5' })] },
]

describe('dispatch windows (R9, R13)', () => {
  it('offers the lead department’s windows as lead and none to assist for a one-department item', () => {
    const windows = dispatchWindows(entryOf(), DEPARTMENTS, [summarizeItem(itemOf())])
    expect(windows.lead.map((w) => w.id)).toEqual(['win-01', 'win-02'])
    expect(windows.assisting).toEqual([])
  })

  it('offers the windows of the assisting departments and of the other items’ departments to assist', () => {
    const entry = entryOf(
      { itemIds: ['item-001', 'item-006'] },
      {
        items: [
          { id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg' },
          { id: 'item-006', name: '社会保障卡申领与补换', departmentId: 'dept-rs' },
        ],
      },
    )
    const items = [summarizeItem(itemOf({ assistingDepartmentIds: ['dept-sw'] })), summarizeItem(itemOf({ id: 'item-006', departmentId: 'dept-rs' }))]
    expect(dispatchWindows(entry, DEPARTMENTS, items).assisting.map((w) => w.id)).toEqual(['win-04', 'win-05'])
  })

  it('offers no lead window when the lead department is unknown', () => {
    expect(dispatchWindows(entryOf({}, { leadDepartment: null }), DEPARTMENTS, []).lead).toEqual([])
  })
})
