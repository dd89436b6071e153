import { departmentsOf } from '.'

// A market item led by dept-scjg with dept-sw assisting, a tax item of dept-sw, a social item of dept-rs with dept-scjg assisting.
const items = new Map([
  ['item-market', { departmentId: 'dept-scjg', assistingDepartmentIds: ['dept-sw'] }],
  ['item-tax', { departmentId: 'dept-sw', assistingDepartmentIds: [] }],
  ['item-social', { departmentId: 'dept-rs', assistingDepartmentIds: ['dept-scjg'] }],
])

describe('the departments an appointment calls on (R13)', () => {
  it.each([
    ['one item of one department', ['item-tax'], { lead: 'dept-sw', assisting: [] }],
    ['an item with an assisting department', ['item-market'], { lead: 'dept-scjg', assisting: ['dept-sw'] }],
    ['a second item: its department assists, the lead not twice', ['item-social', 'item-market'], { lead: 'dept-rs', assisting: ['dept-scjg', 'dept-sw'] }],
    ['a first item gone from the list: no lead', ['item-gone', 'item-tax'], { lead: undefined, assisting: ['dept-sw'] }],
  ] as const)('R13 %s', (_, itemIds, expected) => {
    expect(departmentsOf(itemIds, items)).toEqual(expected)
  })
})
