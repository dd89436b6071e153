import { compareByPinyin } from './pinyinOrder'

describe('pinyin order on the server (R1)', () => {
  it('orders item names as a Chinese reader looks them up', () => {
    const names = ['住房公积金贷款申请', '营业执照遗失补领', '不动产抵押登记', '社会保障卡申领与补换', '出生登记', '二手房转移登记', '发票领用']
    expect([...names].sort(compareByPinyin)).toEqual(['不动产抵押登记', '出生登记', '二手房转移登记', '发票领用', '社会保障卡申领与补换', '营业执照遗失补领', '住房公积金贷款申请'])
  })
})
