import { act, renderHook, waitFor } from '@testing-library/react'
import { ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from './fixtures'
import { SEARCH_DEBOUNCE_MS, useItemSearch } from './useItemSearch'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

describe('searching the item list', () => {
  beforeEach(() => {
    jest.useFakeTimers()
    mockedCall.mockReset()
    mockedCall.mockImplementation(fakeCloud({ 'catalog/items.list': () => ok({ items: [] }) }))
  })
  afterEach(() => jest.useRealTimers())

  const listCalls = () => mockedCall.mock.calls.filter(([, action]) => action === 'items.list').map(([, , input]) => input)

  it('asks once for the whole list, then once when typing pauses', async () => {
    const { result } = renderHook(() => useItemSearch())
    await waitFor(() => expect(listCalls()).toEqual([{}]))
    act(() => result.current.setQuery('登'))
    act(() => result.current.setQuery('登记'))
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1))
    expect(listCalls()).toHaveLength(1)
    act(() => jest.advanceTimersByTime(1))
    await waitFor(() => expect(listCalls()).toEqual([{}, { q: '登记' }]))
  })

  it('sends no request for spaces alone, and filters by department at once', async () => {
    const { result } = renderHook(() => useItemSearch())
    await waitFor(() => expect(listCalls()).toHaveLength(1))
    act(() => result.current.setQuery('   '))
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS))
    expect(listCalls()).toHaveLength(1)
    act(() => result.current.setDepartmentId('dept-rs'))
    await waitFor(() => expect(listCalls()).toEqual([{}, { departmentId: 'dept-rs' }]))
  })
})
