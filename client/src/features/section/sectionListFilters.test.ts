import { filterOptions, holidayLabel, listInput, NO_FILTERS } from './sectionListFilters'

const NATIONAL_DAY = { name: '国庆节', start: '2026-10-01', end: '2026-10-03', year: 2026 }
const WINDOW = { id: 'win-02', number: '2', name: '市场主体登记', departmentId: 'dept-scjg' } as never

describe('the section\'s list filters (R9)', () => {
  it('names a holiday with its year and days, in Chinese', () => {
    expect(holidayLabel(NATIONAL_DAY)).toBe('2026年国庆节（10月1日—10月3日）')
  })

  it('offers the chosen holiday\'s days, and only 全部日期 before one is chosen', () => {
    expect(filterOptions([NATIONAL_DAY], [], '').dates).toEqual([{ value: '', label: '全部日期' }])
    expect(filterOptions([NATIONAL_DAY], [], '2026-10-01').dates.map((o) => o.label)).toEqual(['全部日期', '10月1日（周四）', '10月2日（周五）', '10月3日（周六）'])
  })

  it('labels states, windows and channels in Chinese, never by code', () => {
    const options = filterOptions([], [WINDOW], '')
    expect(options.statuses.map((o) => o.label)).toContain('已派单')
    expect(options.windows.map((o) => o.label)).toEqual(['全部窗口', '2号窗口（市场主体登记）'])
    expect(options.channels.map((o) => o.label)).toEqual(['全部渠道', '小程序预约', '现场登记', '电话登记'])
    for (const o of [...options.statuses, ...options.channels]) expect(o.label).not.toMatch(/[a-z_]/)
  })

  it('sends only the filters chosen', () => {
    expect(listInput(NO_FILTERS)).toEqual({})
    expect(listInput({ ...NO_FILTERS, holiday: '2026-10-01', status: 'dispatched', channel: 'phone' })).toEqual({
      holiday: '2026-10-01',
      statuses: ['dispatched'],
      channel: 'phone',
    })
  })
})
