import { ASK, CENTER_PHONE, consultPhone, itemGuideLines } from './itemGuideLines'
import { itemOf } from './fixtures'

describe("the item guide's facts (一次性告知, R1)", () => {
  it('reads fee, limits and delivery in words', () => {
    const item = itemOf({ fee: '不收费', legalDays: 20, promisedDays: 0, delivery: ['window', 'post', 'electronic'] })
    expect(itemGuideLines(item)).toEqual([
      { label: '收费标准', value: '不收费' },
      { label: '法定办结时限', value: '20个工作日' },
      { label: '承诺办结时限', value: '即办（当场办结）' },
      { label: '结果送达方式', value: '窗口领取、邮寄送达、电子证照' },
    ])
  })

  it('says 请咨询 for each fact an item saved before the guide lacks, and gives the center phone to ask', () => {
    const old = itemOf()
    expect(itemGuideLines(old).map((l) => l.value)).toEqual([ASK, ASK, ASK, ASK])
    expect(consultPhone(old)).toBe(CENTER_PHONE)
  })

  it("gives the department's own phone when the item has one", () => {
    expect(consultPhone(itemOf({ phone: '0533-3618121' }))).toBe('0533-3618121')
  })
})
