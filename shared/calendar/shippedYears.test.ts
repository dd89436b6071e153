import { addDays, weekdayOf } from '../time'
import { buildCalendar, dayInfo, SHIPPED_YEARS } from '.'

const calendar = buildCalendar(SHIPPED_YEARS)

/**
 * Every holiday period of the 2022–2026 notices, written out again by hand
 * from the notices (not read from the data), weekends joined by
 * "与周末连休" included (Decision under R5).
 */
const HOLIDAYS: [name: string, start: string, end: string][] = [
  ['元旦', '2022-01-01', '2022-01-03'],
  ['春节', '2022-01-31', '2022-02-06'],
  ['清明节', '2022-04-03', '2022-04-05'],
  ['劳动节', '2022-04-30', '2022-05-04'],
  ['端午节', '2022-06-03', '2022-06-05'],
  ['中秋节', '2022-09-10', '2022-09-12'],
  ['国庆节', '2022-10-01', '2022-10-07'],
  ['元旦', '2022-12-31', '2023-01-02'],
  ['春节', '2023-01-21', '2023-01-27'],
  ['清明节', '2023-04-05', '2023-04-05'],
  ['劳动节', '2023-04-29', '2023-05-03'],
  ['端午节', '2023-06-22', '2023-06-24'],
  ['中秋节、国庆节', '2023-09-29', '2023-10-06'],
  ['元旦', '2023-12-30', '2024-01-01'],
  ['春节', '2024-02-10', '2024-02-17'],
  ['清明节', '2024-04-04', '2024-04-06'],
  ['劳动节', '2024-05-01', '2024-05-05'],
  ['端午节', '2024-06-08', '2024-06-10'],
  ['中秋节', '2024-09-15', '2024-09-17'],
  ['国庆节', '2024-10-01', '2024-10-07'],
  ['元旦', '2025-01-01', '2025-01-01'],
  ['春节', '2025-01-28', '2025-02-04'],
  ['清明节', '2025-04-04', '2025-04-06'],
  ['劳动节', '2025-05-01', '2025-05-05'],
  ['端午节', '2025-05-31', '2025-06-02'],
  ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ['元旦', '2026-01-01', '2026-01-03'],
  ['春节', '2026-02-15', '2026-02-23'],
  ['清明节', '2026-04-04', '2026-04-06'],
  ['劳动节', '2026-05-01', '2026-05-05'],
  ['端午节', '2026-06-19', '2026-06-21'],
  ['中秋节', '2026-09-25', '2026-09-27'],
  ['国庆节', '2026-10-01', '2026-10-07'],
]

const MAKEUP_DAYS = [
  '2022-01-29', '2022-01-30', '2022-04-02', '2022-04-24', '2022-05-07', '2022-10-08', '2022-10-09',
  '2023-01-28', '2023-01-29', '2023-04-23', '2023-05-06', '2023-06-25', '2023-10-07', '2023-10-08',
  '2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12',
  '2025-01-26', '2025-02-08', '2025-04-27', '2025-09-28', '2025-10-11',
  '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10',
]

function daysOf(start: string, end: string): string[] {
  const days: string[] = []
  for (let date = start; date <= end; date = addDays(date, 1)) days.push(date)
  return days
}

const HOLIDAY_DAYS = HOLIDAYS.flatMap(([name, start, end]) => daysOf(start, end).map((date) => [date, name] as const))

describe('the shipped years 2022–2026, day by day (R3, R4, R5)', () => {
  it.each(HOLIDAY_DAYS)('%s is a holiday day of %s, served by appointment (R4)', (date, name) => {
    expect(dayInfo(date, calendar)).toEqual({ date, kind: 'holiday', holidayName: name, service: 'appointment' })
  })

  it.each(MAKEUP_DAYS)('%s is a make-up working day, a Saturday or Sunday served as normal (R5)', (date) => {
    expect([0, 6]).toContain(weekdayOf(date))
    expect(dayInfo(date, calendar)).toEqual({ date, kind: 'makeup', service: 'normal' })
  })

  it('lists exactly these holiday periods, in order', () => {
    expect(calendar.periods.map(({ name, start, end }) => [name, start, end])).toEqual(HOLIDAYS)
  })

  it('declares no other holiday or make-up day', () => {
    const holidayDays = new Set(HOLIDAY_DAYS.map(([date]) => date))
    const makeup = new Set(MAKEUP_DAYS)
    for (const [date, declared] of calendar.declared) {
      expect([date, declared.kind]).toEqual([date, holidayDays.has(date) ? 'holiday' : makeup.has(date) ? 'makeup' : 'neither'])
    }
    expect(calendar.declared.size).toBe(holidayDays.size + makeup.size)
  })

  it('cites each year\'s notice with its document number', () => {
    expect(SHIPPED_YEARS.map(({ year, source }) => [year, source.docNumber, source.publishedOn])).toEqual([
      [2022, '国办发明电〔2021〕11号', '2021-10-25'],
      [2023, '国办发明电〔2022〕16号', '2022-12-08'],
      [2024, '国办发明电〔2023〕7号', '2023-10-25'],
      [2025, '国办发明电〔2024〕12号', '2024-11-12'],
      [2026, '国办发明电〔2025〕7号', '2025-11-04'],
    ])
    for (const { year, source } of SHIPPED_YEARS) expect(source.title).toBe(`国务院办公厅关于${year}年部分节假日安排的通知`)
  })
})
