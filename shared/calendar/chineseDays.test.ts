import { execFileSync } from 'node:child_process'
import { addDays } from '../time'
import { buildCalendar, dayInfo, SHIPPED_YEARS } from '.'

/**
 * A cross-check of every date of 2022–2026 against the chinese-days package
 * (dev dependency, tests only). Where we differ it is on purpose, and the
 * differences are exactly these:
 *
 * - weekends the notice joins to a holiday ("与周末连休"): holiday days here
 *   (Decision under R5), plain weekends there;
 * - the last days of 2026, unknown here until the 2027 notice is entered;
 *   chinese-days falls back to Monday–Friday for years it does not know.
 */
const JOINED_WEEKENDS = ['2023-12-30', '2023-12-31', '2024-06-08', '2024-06-09']
const WAITING_FOR_2027 = ['2026-12-29', '2026-12-30', '2026-12-31']

const calendar = buildCalendar(SHIPPED_YEARS)
const dates = Array.from({ length: 1826 }, (_, n) => addDays('2022-01-01', n))

/**
 * chinese-days reads and keys dates in the process's own time zone: west of
 * UTC (TZ=America/Los_Angeles) it files each day under the day before and
 * takes the weekday of the wrong day — the "8 hours off" bug of docs/lessons.md.
 * So it is asked in a child process at Beijing time, while our side runs in
 * whatever zone the suite runs in.
 */
function askChineseDays(days: string[]): Record<string, { work: boolean; name: string }> {
  const script = `const { getDayDetail } = require('chinese-days');
    const out = {};
    for (const d of JSON.parse(process.argv[1])) out[d] = getDayDetail(d);
    process.stdout.write(JSON.stringify(out));`
  const json = execFileSync(process.execPath, ['-e', script, JSON.stringify(days)], {
    cwd: __dirname,
    env: { ...process.env, TZ: 'Asia/Shanghai' },
    encoding: 'utf8',
  })
  return JSON.parse(json)
}

const chineseDays = askChineseDays([...dates, '2027-01-04'])

/** chinese-days' verdict, in our words. Its holiday names are like `Dragon Boat Festival,端午,1`. */
function theirs(date: string): { kind: string; name?: string } {
  const { work, name } = chineseDays[date]
  const festival = name.split(',')[1]
  if (work) return { kind: festival ? 'makeup' : 'working' }
  return festival ? { kind: 'holiday', name: festival } : { kind: 'weekend' }
}

function ours(date: string): { kind: string; name?: string } {
  const info = dayInfo(date, calendar)
  return { kind: info.kind === 'workday' ? 'working' : info.kind, name: info.holidayName }
}

describe('cross-check with chinese-days, 2022–2026', () => {
  it('checks 1826 dates', () => {
    expect(dates[0]).toBe('2022-01-01')
    expect(dates[dates.length - 1]).toBe('2026-12-31')
  })

  it('agrees on the kind of every date but the documented ones', () => {
    const differences = dates.filter((date) => ours(date).kind !== theirs(date).kind)
    expect(differences).toEqual([...JOINED_WEEKENDS, ...WAITING_FOR_2027])
  })

  it('differs on joined weekends exactly as the Decision says: holiday here, weekend there', () => {
    for (const date of JOINED_WEEKENDS) {
      expect([date, ours(date).kind, theirs(date).kind]).toEqual([date, 'holiday', 'weekend'])
    }
  })

  it('differs at the end of 2026 only because 2027 is unknown here', () => {
    for (const date of WAITING_FOR_2027) expect([date, ours(date).kind, theirs(date).kind]).toEqual([date, 'unknown', 'working'])
  })

  it('names the same festival on every holiday day both call a holiday', () => {
    for (const date of dates) {
      const [a, b] = [ours(date), theirs(date)]
      // chinese-days writes 清明, 端午, 中秋; combined periods carry both names here.
      if (a.kind === 'holiday' && b.kind === 'holiday') expect([date, a.name!.includes(b.name!)]).toEqual([date, true])
    }
  })

  it('falls back to Monday–Friday for 2027, where we answer unknown', () => {
    expect(chineseDays['2027-01-04'].work).toBe(true)
    expect(dayInfo('2027-01-04', calendar).kind).toBe('unknown')
  })
})
