import * as v from 'valibot'
import { addDays, isCivilDate, weekdayOf, type CivilDate } from '../time'
import { validateYear } from './validateYear'
import type { HolidaySpec, YearCalendar } from './yearCalendar'

/** What `calendar.parseNotice` answers: a year to review and save, and what needs a human look. */
export interface NoticeProposal {
  proposal: YearCalendar
  warnings: string[]
}

/** The input of `calendar.parseNotice`: the pasted notice and the year it is for. */
export const parseNoticeInputSchema = v.object({
  text: v.pipe(v.string('请粘贴通知全文'), v.nonEmpty('请粘贴通知全文'), v.maxLength(20_000, '通知文字过长，请只粘贴通知正文')),
  year: v.pipe(v.number('年份应为数字'), v.integer('年份应为整数'), v.minValue(2000, '年份不能早于2000年'), v.maxValue(2100, '年份不能晚于2100年')),
})

/** `一、元旦：…` — a numbered line of the notice. */
const ITEM_LINE = /^([一二三四五六七八九十]+)、([^：]+)：(.+)$/gm
/** `2022年12月31日（星期六）`, `1月4日（周日）`, `6日` — a date as the notices write it. */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:（([^）]*)）)?/g
const WEEKDAY_NAMES = '日一二三四五六'

interface DateToken {
  year?: number
  month?: number
  day: number
  weekday?: number
}

/** Full-width punctuation as the notices use it, no spaces: pasted text varies. */
function normalize(text: string): string {
  return text
    .replace(/\r/g, '')
    .replace(/\(/g, '（')
    .replace(/\)/g, '）')
    .replace(/:/g, '：')
    .replace(/,/g, '，')
    .replace(/;/g, '；')
    .replace(/\[/g, '〔')
    .replace(/\]/g, '〕')
    .replace(/[ \t\u3000\u00a0]+/g, '')
}

function tokensOf(clause: string): DateToken[] {
  return [...clause.matchAll(DATE)].map((m) => {
    const weekday = m[4] ? /(?:周|星期)([日天一二三四五六])/.exec(m[4]) : null
    return {
      year: m[1] ? Number(m[1]) : undefined,
      month: m[2] ? Number(m[2]) : undefined,
      day: Number(m[3]),
      weekday: weekday ? WEEKDAY_NAMES.indexOf(weekday[1] === '天' ? '日' : weekday[1]) : undefined,
    }
  })
}

const civil = (year: number, month: number, day: number): CivilDate =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

const isWeekend = (date: CivilDate) => [0, 6].includes(weekdayOf(date))

const daysIncluded = (start: CivilDate, end: CivilDate) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000) + 1

/**
 * Turns a pasted State Council notice (国务院办公厅关于XXXX年部分节假日安排的通知)
 * into a proposed year for an admin to review (Decision under R5). It reads
 * the notice's fixed pattern, one numbered line per holiday:
 *
 * - `一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。`
 * - `一、元旦：2022年12月31日至2023年1月2日放假调休，共3天。` (explicit years)
 * - `…12月30日至1月1日…` (a range crossing the new year starts in the previous one)
 * - `五、端午节：6月10日放假，与周末连休。` → the adjacent weekend joins the
 *   holiday (Decision under R5): 2024-06-08..2024-06-10
 * - `一、元旦：1月1日（周三）放假1天，不调休。`
 *
 * A month or year left out is taken from the date before it. Weekdays in
 * brackets and `共N天` are checked against the dates; anything it cannot
 * read, and every `validateYear` problem, becomes a warning. It never throws.
 *
 * @example parseNotice(notice2026, 2026).proposal.holidays[0] // { name: '元旦', start: '2026-01-01', end: '2026-01-03' }
 */
export function parseNotice(text: string, year: number): NoticeProposal {
  const warnings: string[] = []
  const body = normalize(text)
  const oneLine = body.replace(/\n/g, '')

  const title = /国务院办公厅关于(\d{4})年部分节假日安排的通知/.exec(oneLine)
  if (!title) warnings.push('未找到通知标题，已按年份填写，请核对')
  else if (Number(title[1]) !== year) warnings.push(`通知标题中的年份（${title[1]}年）与所选年份（${year}年）不一致`)
  const docNumber = /国办发明电〔\d{4}〕\d+号/.exec(oneLine)?.[0]
  if (!docNumber) warnings.push('未找到文号（如“国办发明电〔2025〕7号”），请核对')
  const signed = [...body.matchAll(/^(\d{4})年(\d{1,2})月(\d{1,2})日$/gm)].pop()
  const publishedOn = signed ? civil(Number(signed[1]), Number(signed[2]), Number(signed[3])) : undefined

  const holidays: HolidaySpec[] = []
  const makeupDays: CivilDate[] = []

  for (const [, number, rawName, content] of body.matchAll(ITEM_LINE)) {
    const name = rawName.trim()
    const where = `第${number}条（${name}）`
    /** A date token made a civil date; `undefined` (with a warning) when it is not one. */
    const toDate = (token: DateToken, tokenYear: number, month: number | undefined): CivilDate | undefined => {
      const date = month === undefined ? '' : civil(tokenYear, month, token.day)
      if (!isCivilDate(date)) {
        warnings.push(`${where}中的日期“${month ?? '?'}月${token.day}日”无法识别`)
        return undefined
      }
      if (token.weekday !== undefined && token.weekday !== weekdayOf(date)) {
        warnings.push(`${where}：${date}是周${WEEKDAY_NAMES[weekdayOf(date)]}，通知写的是周${WEEKDAY_NAMES[token.weekday]}`)
      }
      return date
    }

    let holiday: HolidaySpec | undefined
    let statedDays: number | undefined
    let joinsWeekend = false
    for (const sentence of content.split(/[。；]/).filter(Boolean)) {
      const unread: string[] = []
      for (const clause of sentence.split('，').filter(Boolean)) {
        const count = /(?:^共|放假)(\d+)天/.exec(clause)
        if (count) statedDays = Number(count[1])
        if (clause.includes('与周末连休')) joinsWeekend = true
        if (clause.includes('放假') && !holiday && clause.match(DATE)) {
          const [a, b] = tokensOf(clause.split('放假')[0])
          const bMonth = b?.month ?? a.month
          const crosses = b !== undefined && a.month !== undefined && bMonth !== undefined && bMonth < a.month
          let aYear = a.year
          let bYear = b?.year
          if (aYear === undefined && bYear === undefined) aYear = crosses ? year - 1 : year
          else if (aYear === undefined) aYear = crosses ? bYear! - 1 : bYear!
          bYear ??= crosses ? aYear + 1 : aYear
          const start = toDate(a, aYear, a.month)
          const end = b ? toDate(b, bYear, bMonth) : start
          if (start && end) holiday = { name, start, end }
        } else if (clause.endsWith('上班')) {
          let month: number | undefined
          for (const token of tokensOf(clause)) {
            month = token.month ?? month
            const date = toDate(token, token.year ?? year, month)
            if (date) makeupDays.push(date)
          }
        } else if (!count && !/^(放假调休|不调休|与周末连休)$/.test(clause)) {
          unread.push(clause)
        }
      }
      if (unread.length > 0) warnings.push(`${where}中未识别的内容已忽略，请核对：“${sentence}。”`)
    }

    if (!holiday) {
      warnings.push(`${where}未找到放假日期`)
      continue
    }
    if (statedDays !== undefined && statedDays !== daysIncluded(holiday.start, holiday.end)) {
      warnings.push(`${where}：通知写共${statedDays}天，${holiday.start}至${holiday.end}是${daysIncluded(holiday.start, holiday.end)}天`)
    }
    if (joinsWeekend) {
      while (isWeekend(addDays(holiday.start, -1))) holiday.start = addDays(holiday.start, -1)
      while (isWeekend(addDays(holiday.end, 1))) holiday.end = addDays(holiday.end, 1)
    }
    holidays.push(holiday)
  }
  if (holidays.length === 0) warnings.push('未找到“一、元旦：……”格式的放假安排')

  const source: YearCalendar['source'] = { title: title ? title[0] : `国务院办公厅关于${year}年部分节假日安排的通知` }
  if (docNumber) source.docNumber = docNumber
  if (publishedOn && isCivilDate(publishedOn)) source.publishedOn = publishedOn
  const proposal: YearCalendar = { year, source, holidays, makeupDays: [...makeupDays].sort() }
  if (holidays.length > 0) warnings.push(...validateYear(proposal).map(({ message }) => message))
  return { proposal, warnings }
}
