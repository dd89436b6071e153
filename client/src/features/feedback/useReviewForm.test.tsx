import { act, renderHook } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from '../items/fixtures'
import { useReviewForm } from './useReviewForm'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const sent = () => call.mock.calls.filter(([, a]) => a === 'reviews.submit').map(([, , input]) => input as Record<string, unknown>)

beforeEach(() => call.mockReset())

describe('the applicant reviews a completed appointment (R20)', () => {
  it('asks for a level before sending anything', async () => {
    call.mockImplementation(fakeCloud({}))
    const { result } = renderHook(() => useReviewForm('apt-1', jest.fn()))
    await act(() => result.current.submit())
    expect(result.current.errors.level).toBe('请选择满意程度')
    expect(sent()).toEqual([])
  })

  it('refuses an emoji in the comment with the server\'s own message', async () => {
    call.mockImplementation(fakeCloud({}))
    const { result } = renderHook(() => useReviewForm('apt-1', jest.fn()))
    act(() => {
      result.current.setLevel('satisfied')
      result.current.setComment('很好👍')
    })
    await act(() => result.current.submit())
    expect(result.current.errors.comment).toBe('评价内容含有表情或无法识别的字符，请只填写文字')
    expect(sent()).toEqual([])
  })

  it('sends the level and trimmed comment with one requestId, and reloads the page', async () => {
    call.mockImplementation(fakeCloud({ 'booking/reviews.submit': () => ok({ review: {} }) }))
    const onSaved = jest.fn()
    const { result } = renderHook(() => useReviewForm('apt-1', onSaved))
    act(() => {
      result.current.setLevel('dissatisfied')
      result.current.setComment(' 等候太久 ')
    })
    await act(() => result.current.submit())
    await act(() => result.current.submit())
    const [first, second] = sent()
    expect(first).toEqual({ appointmentId: 'apt-1', requestId: expect.any(String), level: 'dissatisfied', comment: '等候太久' })
    expect(second.requestId).toBe(first.requestId)
    expect(onSaved).toHaveBeenCalled()
  })

  it('shows that the appointment was reviewed already, and reloads to show that review (CONFLICT)', async () => {
    call.mockImplementation(fakeCloud({ 'booking/reviews.submit': () => fail('CONFLICT', '您已评价过这次办理，每次办理只能评价一次') }))
    const onSaved = jest.fn()
    const { result } = renderHook(() => useReviewForm('apt-1', onSaved))
    act(() => result.current.setLevel('basic'))
    await act(() => result.current.submit())
    expect(result.current.refusal?.message).toBe('您已评价过这次办理，每次办理只能评价一次')
    expect(onSaved).toHaveBeenCalled()
  })
})
