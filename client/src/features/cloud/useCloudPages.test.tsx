import { act, renderHook, waitFor } from '@testing-library/react'
import { ok, slicePage } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { useCloudPages } from './useCloudPages'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

/** 45 complaints, answered a page of 20 at a time as the server pages them. */
const ALL = Array.from({ length: 45 }, (_, i) => ({ id: `cmp-${i}` }))
beforeEach(() => {
  call.mockReset()
  call.mockImplementation(async (_fn, _action, input: any) => ok(slicePage(ALL, { cursor: input.cursor, limit: 20 })) as never)
})

describe('a paged list on the client (issue 13, item 2)', () => {
  it('reaches every record with 加载更多, then has no more', async () => {
    const { result } = renderHook(() => useCloudPages<{ id: string }>('section', 'complaints.list', { filter: 'all' }))
    await waitFor(() => expect(result.current.data?.items).toHaveLength(20))
    expect(result.current).toMatchObject({ more: true, data: { total: 45 } })
    act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.data?.items).toHaveLength(40))
    act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.data?.items).toHaveLength(45))
    expect(result.current.more).toBe(false)
    expect(result.current.data?.items.map((c) => c.id)).toEqual(ALL.map((c) => c.id))
    expect(call).toHaveBeenLastCalledWith('section', 'complaints.list', { filter: 'all', cursor: '40' })
  })

  it('starts over from the first page on reload', async () => {
    const { result } = renderHook(() => useCloudPages<{ id: string }>('section', 'complaints.list'))
    await waitFor(() => expect(result.current.data?.items).toHaveLength(20))
    act(() => result.current.loadMore())
    await waitFor(() => expect(result.current.data?.items).toHaveLength(40))
    act(() => result.current.reload())
    await waitFor(() => expect(result.current.data?.items).toHaveLength(20))
  })
})
