import { act, renderHook, waitFor } from '@testing-library/react'
import { callCloud } from '../../api/cloud'
import { rangeOf } from './fixtures'
import { useMonthCalendar } from './useMonthCalendar'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>
const ranges = () => call.mock.calls.map(([, , input]) => input)

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(async (_name, _action, input) => rangeOf(input as { from: string; to: string }) as never)
})

describe('the month calendar', () => {
  it("opens on today's month and asks for exactly its days", async () => {
    const { result } = renderHook(() => useMonthCalendar('2026-09-26'))
    await waitFor(() => expect(result.current.days.size).toBe(30))
    expect(ranges()).toEqual([{ from: '2026-09-01', to: '2026-09-30' }])
    expect(result.current.days.get('2026-09-20')?.kind).toBe('makeup')
  })

  it('goes to the next month and back, across a year end', async () => {
    const { result } = renderHook(() => useMonthCalendar('2026-12-05'))
    act(() => result.current.next())
    await waitFor(() => expect(result.current.grid.month).toBe('2027-01'))
    await waitFor(() => expect(result.current.days.size).toBe(31))
    expect(result.current.days.get('2027-01-01')?.kind).toBe('unknown')
    act(() => result.current.previous())
    await waitFor(() => expect(result.current.days.get('2026-12-01')).toBeDefined())
    act(() => result.current.previous())
    await waitFor(() => expect(result.current.days.get('2026-11-01')).toBeDefined())
    expect(ranges().at(-1)).toEqual({ from: '2026-11-01', to: '2026-11-30' })
  })

  it("shows a tapped day's details, and forgets it when the month changes", async () => {
    const { result } = renderHook(() => useMonthCalendar('2026-10-10'))
    await waitFor(() => expect(result.current.days.size).toBe(31))
    act(() => result.current.select('2026-10-01'))
    expect(result.current.selected).toMatchObject({ kind: 'holiday', holidayName: '国庆节', service: 'appointment' })
    act(() => result.current.next())
    expect(result.current.selected).toBeUndefined()
    await waitFor(() => expect(result.current.days.get('2026-11-01')).toBeDefined())
  })
})
