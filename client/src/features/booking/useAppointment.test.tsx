import { act, renderHook, waitFor } from '@testing-library/react'
import { fail, ok } from '@shared/api'
import type { Appointment } from '@shared/appointments'
import { callCloud } from '../../api/cloud'
import { fakeCloud, itemOf, windowOf } from '../items/fixtures'
import { viewOf } from './fixtures'
import { CONFLICT_NOTICE, useAppointment } from './useAppointment'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

const inputsOf = (action: string) => call.mock.calls.filter(([, a]) => a === action).map(([, , input]) => input as Record<string, any>)

function serve(stored: { current: Partial<Appointment> }, writes: Record<string, (input: any) => ReturnType<typeof ok> | ReturnType<typeof fail>> = {}) {
  call.mockImplementation(
    fakeCloud({
      'booking/appointments.get': () => ok({ appointment: viewOf(stored.current) }),
      'catalog/items.get': () => ok({ item: itemOf(), windows: [windowOf()] }),
      ...Object.fromEntries(Object.entries(writes).map(([action, handler]) => [`booking/${action}`, handler])),
    }),
  )
}

async function opened() {
  const hook = renderHook(() => useAppointment('a-1'))
  await waitFor(() => expect(hook.result.current.appointment).toBeDefined())
  return hook
}

beforeEach(() => call.mockReset())

describe('the appointment page (R11, R15, R19)', () => {
  it('loads the items with what to bring and names the lead window', async () => {
    serve({ current: { leadWindowId: 'win-02' } })
    const { result } = await opened()
    await waitFor(() => expect(result.current.items).toHaveLength(1))
    expect(result.current.items[0].item.materials.map((m) => m.name)).toEqual(['居民身份证', '经营场所使用证明'])
    expect(result.current.leadWindow?.number).toBe('A2')
  })

  it('cancels with a typed reason, the version read and a request id, then closes the dialog (R15)', async () => {
    const stored = { current: { version: 3 } as Partial<Appointment> }
    serve(stored, {
      'appointments.cancel': () => {
        stored.current = { version: 4, status: 'cancelled' }
        return ok({ appointment: viewOf(stored.current) })
      },
    })
    const { result } = await opened()
    expect(result.current.canCancel).toBe(true)
    act(() => result.current.openCancel())
    act(() => result.current.setTypedReason('行程有变'))
    await act(() => result.current.cancel())
    expect(result.current.cancelling).toBe(false)
    const [input] = inputsOf('appointments.cancel')
    expect(input).toMatchObject({ appointmentId: 'a-1', version: 3, reason: '行程有变' })
    expect(input.requestId).toMatch(/^[A-Za-z0-9]{24}$/)
    await waitFor(() => expect(result.current.appointment?.statusText).toBe('已取消'))
    expect(result.current.canCancel).toBe(false)
  })

  it('asks for a reason before cancelling', async () => {
    serve({ current: {} })
    const { result } = await opened()
    act(() => result.current.openCancel())
    await act(() => result.current.cancel())
    expect(result.current.reasonError).toBe('请点选或填写取消原因')
    expect(result.current.cancelling).toBe(true)
    expect(inputsOf('appointments.cancel')).toEqual([])
  })

  it('sends nothing when the applicant answers 不取消', async () => {
    serve({ current: {} })
    const { result } = await opened()
    act(() => result.current.openCancel())
    act(() => result.current.setChosenReason('身体不适'))
    act(() => result.current.keep())
    expect(result.current.cancelling).toBe(false)
    expect(inputsOf('appointments.cancel')).toEqual([])
  })

  it('keeps the dialog open with the message when the server refuses', async () => {
    serve({ current: {} }, { 'appointments.cancel': () => fail('INVALID_TRANSITION', '当前状态不能取消') })
    const { result } = await opened()
    act(() => result.current.openCancel())
    act(() => result.current.setChosenReason('身体不适'))
    await act(() => result.current.cancel())
    expect(inputsOf('appointments.cancel')[0]).toMatchObject({ reason: '身体不适' })
    expect(result.current.cancelling).toBe(true)
    expect(result.current.writeError?.message).toBe('当前状态不能取消')
  })

  it('reloads and says so when someone changed the appointment first (CONFLICT)', async () => {
    const stored = { current: { version: 1 } as Partial<Appointment> }
    serve(stored, {
      'appointments.cancel': () => {
        stored.current = { version: 2, status: 'dispatched' }
        return fail('CONFLICT', '数据已被他人修改')
      },
    })
    const { result } = await opened()
    act(() => result.current.setTypedReason('行程有变'))
    await act(() => result.current.cancel())
    expect(result.current.notice).toBe(CONFLICT_NOTICE)
    await waitFor(() => expect(result.current.appointment?.version).toBe(2))
  })

  it('lets the applicant confirm a completed appointment (R19)', async () => {
    const stored = { current: { status: 'completed', version: 7 } as Partial<Appointment> }
    serve(stored, {
      'appointments.acknowledge': () => {
        stored.current = { status: 'acknowledged', version: 8 }
        return ok({ appointment: viewOf(stored.current) })
      },
    })
    const { result } = await opened()
    expect(result.current.canAcknowledge).toBe(true)
    expect(result.current.canCancel).toBe(false)
    await act(() => result.current.acknowledge())
    expect(inputsOf('appointments.acknowledge')[0]).toMatchObject({ appointmentId: 'a-1', version: 7 })
    await waitFor(() => expect(result.current.appointment?.statusText).toBe('已确认办结'))
  })

  it('says a missing appointment is not found', async () => {
    call.mockImplementation(fakeCloud({ 'booking/appointments.get': () => fail('NOT_FOUND', '没有找到该预约') }))
    const { result } = renderHook(() => useAppointment('a-404'))
    await waitFor(() => expect(result.current.notFound).toBe(true))
  })
})
