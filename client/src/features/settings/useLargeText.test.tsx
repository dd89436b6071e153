import { act, fireEvent, render, renderHook, screen } from '@testing-library/react'
import { LargeTextSwitch } from '../../components/LargeTextSwitch'
import { useLargeText } from './useLargeText'

function Probe() {
  const { largeText, toggleLargeText } = useLargeText()
  return <LargeTextSwitch largeText={largeText} onToggle={toggleLargeText} />
}

describe('large-text mode', () => {
  beforeEach(() => localStorage.clear())

  it('starts off, switches on, and is remembered on the next visit', () => {
    const first = renderHook(() => useLargeText())
    expect(first.result.current.largeText).toBe(false)
    act(() => first.result.current.toggleLargeText())
    expect(first.result.current.largeText).toBe(true)
    first.unmount()

    const second = renderHook(() => useLargeText())
    expect(second.result.current.largeText).toBe(true)
  })

  it('labels the switch with its state and flips on a tap', () => {
    render(<Probe />)
    fireEvent.click(screen.getByText('大字模式：关'))
    expect(screen.getByText('大字模式：开')).toBeTruthy()
  })
})
