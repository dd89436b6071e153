import { itemNamesOf } from './itemNamesOf'

const names = new Map([
  ['item-006', '社会保障卡申领与补换'],
  ['item-001', '个体工商户设立登记'],
])

describe('itemNamesOf', () => {
  it('names the items of an appointment', () => {
    expect(itemNamesOf(['item-006', 'item-001'], names)).toBe('社会保障卡申领与补换、个体工商户设立登记')
  })

  it('still counts an item no longer on the list', () => {
    expect(itemNamesOf(['item-006', 'item-x'], names)).toBe('社会保障卡申领与补换 等2项')
    expect(itemNamesOf(['item-x'], names)).toBe('办理事项 1 项')
  })
})
