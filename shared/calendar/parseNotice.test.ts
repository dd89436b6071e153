import * as v from 'valibot'
import { parseNotice, parseNoticeInputSchema, SHIPPED_YEARS } from '.'
import { SHIPPED_NOTICES } from './years'

describe('parsing the real notices 2022–2026 (calendar.parseNotice)', () => {
  it.each(SHIPPED_YEARS.map((year) => [year.year, year] as const))('reads the %s notice into exactly the shipped year', (number, shipped) => {
    expect(parseNotice(SHIPPED_NOTICES[number], number).proposal).toEqual(shipped)
  })

  it.each([2022, 2023, 2025, 2026])('has nothing to warn about in the %s notice', (number) => {
    expect(parseNotice(SHIPPED_NOTICES[number], number).warnings).toEqual([])
  })

  it('flags the 2024 除夕 sentence it does not turn into days', () => {
    expect(parseNotice(SHIPPED_NOTICES[2024], 2024).warnings).toEqual([
      '第二条（春节）中未识别的内容已忽略，请核对：“鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息。”',
    ])
  })
})

describe('the notice patterns', () => {
  const one = (line: string, year = 2026) => parseNotice(line, year)

  it('reads a range with weekdays and its make-up days', () => {
    const { proposal } = one('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。')
    expect(proposal.holidays).toEqual([{ name: '元旦', start: '2026-01-01', end: '2026-01-03' }])
    expect(proposal.makeupDays).toEqual(['2026-01-04'])
  })

  it('reads the lunar dates in brackets and two make-up days', () => {
    const { proposal, warnings } = one('二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。')
    expect(proposal.holidays).toEqual([{ name: '春节', start: '2026-02-15', end: '2026-02-23' }])
    expect(proposal.makeupDays).toEqual(['2026-02-14', '2026-02-28'])
    expect(warnings.filter((w) => !w.includes('文号') && !w.includes('标题'))).toEqual([])
  })

  it('joins the weekend to a holiday "与周末连休" (Decision under R5)', () => {
    expect(one('五、端午节：6月10日放假，与周末连休。', 2024).proposal.holidays).toEqual([{ name: '端午节', start: '2024-06-08', end: '2024-06-10' }])
    expect(one('一、元旦：1月1日放假，与周末连休。', 2024).proposal.holidays).toEqual([{ name: '元旦', start: '2023-12-30', end: '2024-01-01' }])
  })

  it('reads a single day', () => {
    expect(one('一、元旦：1月1日（周三）放假1天，不调休。', 2025).proposal.holidays).toEqual([{ name: '元旦', start: '2025-01-01', end: '2025-01-01' }])
  })

  it('puts the start of a range that crosses the new year into the previous year', () => {
    expect(one('一、元旦：12月30日至1月1日放假调休，共3天。12月29日（星期六）上班。', 2019).proposal).toMatchObject({
      holidays: [{ name: '元旦', start: '2018-12-30', end: '2019-01-01' }],
    })
    expect(one('一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。', 2023).proposal.holidays).toEqual([
      { name: '元旦', start: '2022-12-31', end: '2023-01-02' },
    ])
  })

  it('reads a make-up day with an explicit year', () => {
    expect(one('一、元旦：2018年12月30日至2019年1月1日放假调休，共3天。2018年12月29日（星期六）上班。', 2019).proposal.makeupDays).toEqual(['2018-12-29'])
  })

  it('reads a range over the end of a month and a combined holiday name', () => {
    expect(one('六、中秋节、国庆节：9月29日（周五）至10月6日（周五）放假调休，共8天。10月7日（星期六）、10月8日（星期日）上班。', 2023).proposal).toMatchObject({
      holidays: [{ name: '中秋节、国庆节', start: '2023-09-29', end: '2023-10-06' }],
      makeupDays: ['2023-10-07', '2023-10-08'],
    })
  })

  it('accepts half-width punctuation and spaces as pasted from a web page', () => {
    expect(one('  七、国庆节: 10月1日(周四)至7日(周三)放假调休, 共7天。 9月20日(周日)、10月10日(周六)上班。').proposal).toMatchObject({
      holidays: [{ name: '国庆节', start: '2026-10-01', end: '2026-10-07' }],
      makeupDays: ['2026-09-20', '2026-10-10'],
    })
  })

  it('takes the title, document number and date of signing', () => {
    expect(parseNotice(SHIPPED_NOTICES[2026], 2026).proposal.source).toEqual({
      title: '国务院办公厅关于2026年部分节假日安排的通知',
      docNumber: '国办发明电〔2025〕7号',
      publishedOn: '2025-11-04',
    })
  })
})

describe('what the parser warns about', () => {
  const warningsOf = (text: string, year = 2026) => parseNotice(text, year).warnings

  it('warns when a weekday in brackets does not match the date', () => {
    expect(warningsOf('一、元旦：1月1日（周五）至3日（周六）放假调休，共3天。')).toContain('第一条（元旦）：2026-01-01是周四，通知写的是周五')
  })

  it('warns when the number of days does not match the range', () => {
    expect(warningsOf('三、清明节：4月4日至6日放假，共4天。')).toContain('第三条（清明节）：通知写共4天，2026-04-04至2026-04-06是3天')
  })

  it('warns when the notice is for another year', () => {
    expect(warningsOf(SHIPPED_NOTICES[2025], 2026)).toContain('通知标题中的年份（2025年）与所选年份（2026年）不一致')
  })

  it('warns when the title and document number are missing', () => {
    expect(warningsOf('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。')).toEqual([
      '未找到通知标题，已按年份填写，请核对',
      '未找到文号（如“国办发明电〔2025〕7号”），请核对',
    ])
  })

  it('warns when it finds no holiday at all', () => {
    expect(warningsOf('今天天气很好。')).toContain('未找到“一、元旦：……”格式的放假安排')
    expect(parseNotice('', 2026).proposal.holidays).toEqual([])
  })

  it('warns about a line without dates', () => {
    expect(warningsOf('一、元旦：放假安排另行通知。')).toContain('第一条（元旦）未找到放假日期')
  })

  it('passes on what validateYear finds', () => {
    expect(warningsOf('一、元旦：1月1日至3日放假，共3天。1月5日（周一）上班。')).toContain('调休上班日2026年1月5日（周一）不是周六或周日')
  })
})

describe('the input of calendar.parseNotice', () => {
  it('takes the pasted text and the year, with messages an admin reads', () => {
    expect(v.safeParse(parseNoticeInputSchema, { text: SHIPPED_NOTICES[2026], year: 2026 }).success).toBe(true)
    const bad = v.safeParse(parseNoticeInputSchema, { text: '', year: 2026.5 })
    expect(bad.issues?.map(({ message }) => message)).toEqual(['请粘贴通知全文', '年份应为整数'])
  })
})
