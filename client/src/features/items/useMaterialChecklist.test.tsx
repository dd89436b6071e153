import { act, renderHook } from '@testing-library/react'
import { useMaterialChecklist } from './useMaterialChecklist'

describe('the materials checklist', () => {
  it('ticks and unticks materials and counts the ones ready', () => {
    const { result } = renderHook(() => useMaterialChecklist(3))
    expect(result.current.done).toBe(0)
    act(() => result.current.toggle(0))
    act(() => result.current.toggle(2))
    expect([0, 1, 2].map(result.current.isTicked)).toEqual([true, false, true])
    expect(result.current.done).toBe(2)
    act(() => result.current.toggle(0))
    expect(result.current.done).toBe(1)
  })
})
