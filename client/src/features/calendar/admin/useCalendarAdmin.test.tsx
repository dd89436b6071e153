import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { parseNotice, SHIPPED_YEARS, validateYear } from '@shared/calendar'
import { notice2026 } from '@shared/calendar/years/2026'
import { callCloud } from '../../../api/cloud'
import { cloudTable } from '../../cloud/cloudTable'
import { useCalendarAdmin } from './useCalendarAdmin'

jest.mock('../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>
const inputsOf = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input)

const shipped = SHIPPED_YEARS.map((calendar) => ({ calendar, saved: false, version: 0 }))
const table = (over: Record<string, (input: any) => any> = {}) =>
  cloudTable({
    'admin calendar.years': () => ok({ years: shipped }),
    'admin calendar.parseNotice': ({ text, year }) => {
      const { proposal, warnings } = parseNotice(text, year)
      return ok({ proposal, warnings, problems: validateYear(proposal) })
    },
    'admin calendar.setYear': ({ calendar, version }) => ok({ calendar, version: version + 1 }),
    ...over,
  })

beforeEach(() => call.mockReset())

async function pasted(text: string, year: string) {
  const hook = renderHook(() => useCalendarAdmin())
  await waitFor(() => expect(hook.result.current.years).toHaveLength(shipped.length))
  act(() => hook.result.current.setNotice({ year, text }))
  await act(() => hook.result.current.parse())
  return hook
}

describe('the admin calendar (Decision under R5)', () => {
  it('lists the years and shows the latest', async () => {
    call.mockImplementation(table())
    const { result } = renderHook(() => useCalendarAdmin())
    await waitFor(() => expect(result.current.shown?.calendar.year).toBe(2026))
    act(() => result.current.show(2024))
    expect(result.current.shown?.calendar.year).toBe(2024)
  })

  it('reads a pasted notice into a draft that starts from the version shown (0: never saved)', async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026, '2026')
    expect(inputsOf('calendar.parseNotice')).toEqual([{ text: notice2026, year: 2026 }])
    expect(result.current.draft?.version).toBe(0)
    expect(result.current.draft?.holidays.find((h) => h.name === '国庆节')).toEqual({ name: '国庆节', start: '2026-10-01', end: '2026-10-07' })
    expect(result.current.problems).toEqual([])
  })

  it("shows the proposal's problems in a list and beside the field, until the admin edits", async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026.replace('1月4日（周日）上班。', ''), '2026')
    expect(result.current.problems.map((p) => p.field)).toEqual(['holidays.0.end'])
    expect(result.current.errors['holidays.0.end']).toContain('与「元旦」相连')
    act(() => result.current.addMakeupDay())
    act(() => result.current.setMakeupDay(5, '2026-01-04'))
    expect(result.current.problems).toEqual([])
    expect(result.current.errors).toEqual({})
  })

  it('does not send a notice without a four-digit year', async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026, '26')
    expect(result.current.errors.year).toContain('四位')
    expect(inputsOf('calendar.parseNotice')).toEqual([])
  })

  it('shows the problems the server found beside the field at fault', async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026, '2026')
    act(() => result.current.setMakeupDay(0, '2026-01-05'))
    call.mockImplementation(
      table({ 'admin calendar.setYear': () => fail('INVALID_INPUT', '调休上班日2026年1月5日（周一）不是周六或周日', { 'makeupDays.0': '调休上班日2026年1月5日（周一）不是周六或周日' }) }),
    )
    await act(() => result.current.save())
    expect(result.current.errors['makeupDays.0']).toContain('不是周六或周日')
    expect(result.current.draft).toBeDefined()
  })

  it('saves with the version, reloads the years and says so', async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026, '2026')
    await act(() => result.current.save())
    expect(inputsOf('calendar.setYear')).toEqual([{ version: 0, calendar: SHIPPED_YEARS.find((y) => y.year === 2026) }])
    expect(result.current.draft).toBeUndefined()
    expect(result.current.saved).toBe('2026年节假日安排已保存（第1版）')
    expect(inputsOf('calendar.years').length).toBe(2)
  })

  it('sends one save for a double tap', async () => {
    call.mockImplementation(table())
    const { result } = await pasted(notice2026, '2026')
    await act(async () => {
      await Promise.all([result.current.save(), result.current.save()])
    })
    expect(inputsOf('calendar.setYear')).toHaveLength(1)
  })

  it('on CONFLICT keeps the message, and reloading drops the draft without overwriting', async () => {
    call.mockImplementation(table({ 'admin calendar.setYear': () => fail('CONFLICT', '2026年的安排已被他人修改，请刷新后重试') }))
    const { result } = await pasted(notice2026, '2026')
    await act(() => result.current.save())
    expect(result.current.error?.code).toBe('CONFLICT')
    act(() => result.current.reloadAfterConflict())
    expect(result.current.draft).toBeUndefined()
    await waitFor(() => expect(inputsOf('calendar.years').length).toBe(2))
    expect(inputsOf('calendar.setYear')).toHaveLength(1)
  })

  it('edits a known year from its saved version', async () => {
    call.mockImplementation(table({ 'admin calendar.years': () => ok({ years: [{ ...shipped.at(-1), saved: true, version: 4 }] }) }))
    const { result } = renderHook(() => useCalendarAdmin())
    await waitFor(() => expect(result.current.shown).toBeDefined())
    act(() => result.current.edit(result.current.shown!))
    expect(result.current.draft).toMatchObject({ year: 2026, version: 4 })
  })
})
