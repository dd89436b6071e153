import { searchItems, type Item } from '.'

const item = (over: Partial<Item>): Item => ({
  id: 'i',
  name: '事项',
  departmentId: 'd1',
  assistingDepartmentIds: [],
  materials: [],
  notes: '',
  modes: ['walk-in', 'appointment'],
  estimatedMinutes: 30,
  active: true,
  version: 1,
  ...over,
})

const items = [
  item({ id: 'a', name: '个体工商户设立登记', materials: [{ name: '经营场所证明', copies: 1, form: 'copy' }] }),
  item({ id: 'b', name: '社会保障卡补办', departmentId: 'd2', modes: ['walk-in'] }),
  item({ id: 'c', name: '不动产转移登记', departmentId: 'd3', assistingDepartmentIds: ['d4'], notes: '需缴纳契税' }),
]

describe('searching the item list', () => {
  it('finds items by a word of their name', () => {
    expect(searchItems(items, { q: '登记' }).map((i) => i.id)).toEqual(['a', 'c'])
  })

  it('finds items by their materials and notes', () => {
    expect(searchItems(items, { q: '场所证明' }).map((i) => i.id)).toEqual(['a'])
    expect(searchItems(items, { q: '契税' }).map((i) => i.id)).toEqual(['c'])
  })

  it('needs every word to match', () => {
    expect(searchItems(items, { q: '登记 不动产' }).map((i) => i.id)).toEqual(['c'])
  })

  it('filters by department, leading or assisting (R13), and by mode', () => {
    expect(searchItems(items, { departmentId: 'd4' }).map((i) => i.id)).toEqual(['c'])
    expect(searchItems(items, { mode: 'appointment' }).map((i) => i.id)).toEqual(['a', 'c'])
  })

  it('folds full-width characters and case', () => {
    const cards = [item({ id: 'x', name: 'IC卡挂失' })]
    expect(searchItems(cards, { q: 'ｉｃ卡' }).map((i) => i.id)).toEqual(['x'])
  })
})
