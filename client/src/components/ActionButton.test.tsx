import { fireEvent, render, screen } from '@testing-library/react'
import { ActionButton } from './ActionButton'

// Records what reaches Taro's Button: the H5 traps are about the props it is
// given (`disabled="false"` still matches `[disabled]`; `loading` re-renders).
const received: Record<string, unknown>[] = []
jest.mock('@tarojs/components', () => ({
  Button: (props: Record<string, unknown> & { children?: unknown; onClick?: () => void }) => {
    received.push(props)
    const { createElement } = jest.requireActual<typeof import('react')>('react')
    return createElement('button', { onClick: props.onClick, 'data-disabled': String(props.disabled) }, props.children as string)
  },
}))

beforeEach(() => {
  received.length = 0
})

describe('ActionButton, the one client button (H5 traps)', () => {
  it('passes no disabled prop at all when it is not disabled, so Taro H5 renders no [disabled] attribute', () => {
    const onClick = jest.fn()
    render(
      <ActionButton className="btn-primary" disabled={false} onClick={onClick}>
        提交预约
      </ActionButton>,
    )
    expect(received).toHaveLength(1)
    expect(received[0].disabled).toBeUndefined()
    fireEvent.click(screen.getByText('提交预约'))
    expect(onClick).toHaveBeenCalledTimes(1)
  })

  it('passes disabled={true} while busy', () => {
    render(<ActionButton disabled>正在提交…</ActionButton>)
    expect(received[0].disabled).toBe(true)
  })

  it('adds the action-btn layout class and keeps the caller’s classes', () => {
    render(<ActionButton className="btn-primary">保存</ActionButton>)
    render(<ActionButton>取消</ActionButton>)
    expect(received.map((p) => p.className)).toEqual(['action-btn btn-primary', 'action-btn'])
  })

  it('passes WeChat open abilities through (getPhoneNumber, R7)', () => {
    const onGetPhoneNumber = jest.fn()
    render(
      <ActionButton openType="getPhoneNumber" size="mini" onGetPhoneNumber={onGetPhoneNumber}>
        使用微信绑定的手机号
      </ActionButton>,
    )
    expect(received[0]).toMatchObject({ openType: 'getPhoneNumber', size: 'mini', onGetPhoneNumber })
  })

  it('never hands Taro a loading prop, even if a caller slips one in', () => {
    render(
      // @ts-expect-error `loading` is not part of ActionButton's props
      <ActionButton loading>
        提交
      </ActionButton>,
    )
    expect(received[0]).not.toHaveProperty('loading')
  })
})
