import { describeMaterial } from './describeMaterial'
import { itemOf, windowOf } from './fixtures'
import { isHolidayBookable } from './isHolidayBookable'
import { materialListText } from './materialListText'
import { serviceWindowsOf } from './serviceWindowsOf'
import { windowLabel } from './windowLabel'

describe('one-time notification of materials (R11)', () => {
  it('says the copies and the form of a material', () => {
    expect(describeMaterial({ copies: 1, form: 'original' })).toBe('1份 · 原件')
    expect(describeMaterial({ copies: 3, form: 'copy' })).toBe('3份 · 复印件')
    expect(describeMaterial({ copies: 2, form: 'both' })).toBe('2份 · 原件及复印件')
  })

  it('copies the whole list as numbered plain text with notes and windows', () => {
    const item = itemOf()
    const text = materialListText(item, serviceWindowsOf(item, [windowOf(), windowOf({ id: 'win-10', departmentId: 'dept-sw', number: 'B10', name: '税费缴纳' })]))
    expect(text).toBe(
      [
        '个体工商户设立登记 所需材料：',
        '1. 居民身份证（1份 · 原件）',
        '2. 经营场所使用证明（2份 · 复印件）：租赁合同或房产证复印件',
        '注意事项：委托他人办理的需携带委托书。',
        '办理窗口：A2号窗口（市场主体登记）；B10号窗口（税费缴纳）（配合）',
      ].join('\n'),
    )
  })

  it("adds where in the hall and the item's phone when the guide has them (R1)", () => {
    const text = materialListText(itemOf({ notes: '', location: '一楼东区', phone: '0533-3618121' }), [])
    expect(text.split('\n').slice(-2)).toEqual(['办理地点：政务服务中心一楼东区', '咨询电话：0533-3618121'])
  })

  it('says so when nothing needs bringing, and leaves out empty notes', () => {
    expect(materialListText(itemOf({ materials: [], notes: '' }), [])).toBe('个体工商户设立登记 所需材料：\n无需携带材料')
  })
})

describe('windows of an item (R13)', () => {
  it('puts the lead department first and marks assisting windows', () => {
    const item = itemOf({ departmentId: 'dept-bdc', assistingDepartmentIds: ['dept-sw'] })
    const lines = serviceWindowsOf(item, [
      windowOf({ id: 'w-sw', departmentId: 'dept-sw', number: '10', name: '税费缴纳' }),
      windowOf({ id: 'w-bdc', departmentId: 'dept-bdc', number: '6', name: '不动产登记' }),
    ])
    expect(lines).toEqual([
      { id: 'w-bdc', label: '6号窗口（不动产登记）', assisting: false },
      { id: 'w-sw', label: '10号窗口（税费缴纳）', assisting: true },
    ])
  })

  it("keeps each window's place in the hall", () => {
    const item = itemOf({ departmentId: 'dept-bdc' })
    expect(serviceWindowsOf(item, [windowOf({ id: 'w-bdc', departmentId: 'dept-bdc', number: '6', name: '不动产登记', location: '二楼东区' })])).toEqual([
      { id: 'w-bdc', label: '6号窗口（不动产登记）', assisting: false, location: '二楼东区' },
    ])
  })

  it('names a window without a number by its name alone', () => {
    expect(windowLabel({ number: '', name: '综合咨询' })).toBe('综合咨询')
  })
})

describe('holiday booking (R1, R4)', () => {
  it.each([
    [['walk-in', 'appointment'], true, true],
    [['appointment'], true, true],
    [['walk-in'], true, false],
    [['walk-in', 'appointment'], false, false],
  ] as const)('modes %j, active %s: bookable %s', (modes, active, bookable) => {
    expect(isHolidayBookable({ modes: [...modes], active })).toBe(bookable)
  })
})
