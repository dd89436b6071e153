import { namesTheWords, rankItems, type Item, type ItemOrder } from '.'

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

// The server passes Intl.Collator('zh-CN'); this table stands in for it so the test reads the rule, not ICU.
const PINYIN = ['不动产抵押登记', '二手房转移登记', '个体工商户设立登记', '居民身份证换领', '社会保障卡申领与补换', '营业执照遗失补领']
const order: ItemOrder = {
  departmentRank: (id) => ({ market: 20, social: 30, police: 50 })[id] ?? Number.MAX_SAFE_INTEGER,
  compareNames: (a, b) => PINYIN.indexOf(a) - PINYIN.indexOf(b),
}

const items = [
  item({ id: 'licence', name: '营业执照遗失补领', departmentId: 'market' }),
  item({ id: 'card', name: '社会保障卡申领与补换', departmentId: 'social', materials: [{ name: '居民身份证', copies: 1, form: 'original' }] }),
  item({ id: 'id', name: '居民身份证换领', departmentId: 'police' }),
  item({ id: 'shop', name: '个体工商户设立登记', departmentId: 'market', materials: [{ name: '居民身份证', copies: 1, form: 'original' }] }),
  item({ id: 'house', name: '二手房转移登记', departmentId: 'estate', notes: '需携带居民身份证' }),
]
const ids = (list: Item[]) => list.map((i) => i.id)

describe('the order of a search (R1)', () => {
  it('puts items named by the words before items that only mention them in materials or notes', () => {
    expect(ids(rankItems(items, { q: '身份证' }, order))).toEqual(['id', 'shop', 'card', 'house'])
  })

  it('orders the whole list by department, then by the pinyin of the name', () => {
    expect(ids(rankItems(items, {}, order))).toEqual(['shop', 'licence', 'card', 'id', 'house'])
  })

  it('counts a name as matching only when it holds every word', () => {
    expect(namesTheWords({ name: '居民身份证换领' }, '身份证 换领')).toBe(true)
    expect(namesTheWords({ name: '居民身份证换领' }, '身份证 补领')).toBe(false)
    expect(namesTheWords({ name: 'IC卡挂失' }, 'ｉｃ卡')).toBe(true)
    expect(ids(rankItems(items, { q: '居民 换领' }, order))).toEqual(['id'])
    expect(ids(rankItems(items, { q: '居民 登记' }, order))).toEqual(['shop', 'house'])
  })

  it('breaks a tie by id, so that pages cut from the list never repeat or skip an item', () => {
    const twins = [item({ id: 'b', name: '个体工商户设立登记', departmentId: 'market' }), item({ id: 'a', name: '个体工商户设立登记', departmentId: 'market' })]
    expect(ids(rankItems(twins, {}, order))).toEqual(['a', 'b'])
  })

  it('keeps the filters of the search (R13: an assisting department counts)', () => {
    const assisted = [...items, item({ id: 'loan', name: '住房公积金贷款申请', departmentId: 'fund', assistingDepartmentIds: ['market'] })]
    expect(ids(rankItems(assisted, { departmentId: 'market' }, order))).toEqual(['shop', 'licence', 'loan'])
  })
})
