import { act, renderHook, waitFor } from '@testing-library/react'
import { ok } from '@shared/api'
import Taro from '@tarojs/taro'
import { callCloud } from '../../api/cloud'
import { fakeCloud } from '../items/fixtures'
import { octoberReport } from './fixtures'
import { useSupervision } from './useSupervision'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock
const sent = () => call.mock.calls.filter(([, a]) => a === 'supervision.report').map(([, , input]) => input)

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'supervision/supervision.report': (input: any) => (input.format === 'csv' ? ok({ csv: '\uFEFFa,b\r\n', filename: 'x.csv', truncated: false }) : ok(octoberReport())),
    }),
  )
})

describe('useSupervision (R23)', () => {
  it('asks for this month first, then last month', async () => {
    const { result } = renderHook(() => useSupervision('2026-11-27', 'weapp'))
    await waitFor(() => expect(result.current.report.data).toBeDefined())
    act(() => result.current.choose('last-month'))
    await waitFor(() => expect(sent()).toHaveLength(2))
    expect(sent()).toEqual([
      { from: '2026-11-01', to: '2026-11-30' },
      { from: '2026-10-01', to: '2026-10-31' },
    ])
  })

  it('checks typed dates with the server schema before sending anything', async () => {
    const { result } = renderHook(() => useSupervision('2026-11-27', 'weapp'))
    await waitFor(() => expect(sent()).toHaveLength(1))
    act(() => result.current.choose('custom'))
    act(() => result.current.setCustom({ from: '2026-10-31', to: '2026-10-01' }))
    act(() => result.current.applyCustom())
    expect(result.current.errors).toEqual({ to: '结束日期不能早于开始日期' })
    act(() => result.current.setCustom({ from: '2026-10-01', to: '2026-10-15' }))
    act(() => result.current.applyCustom())
    await waitFor(() => expect(sent()).toHaveLength(2))
    expect(sent()[1]).toEqual({ from: '2026-10-01', to: '2026-10-15' })
    expect(result.current.errors).toEqual({})
  })

  it('exports the period shown as CSV and says it went to the clipboard in the mini-program', async () => {
    const { result } = renderHook(() => useSupervision('2026-11-27', 'weapp'))
    await waitFor(() => expect(result.current.report.data).toBeDefined())
    await act(() => result.current.exportFile())
    expect(sent()[1]).toEqual({ from: '2026-11-01', to: '2026-11-30', format: 'csv' })
    expect(result.current.exported).toBe('统计表已复制到剪贴板，可粘贴到 Excel 或发给同事')
    expect((await Taro.getClipboardData()).data).toBe('a,b\r\n')
  })

  it('exports once for a double tap', async () => {
    const { result } = renderHook(() => useSupervision('2026-11-27', 'weapp'))
    await waitFor(() => expect(result.current.report.data).toBeDefined())
    await act(() => Promise.all([result.current.exportFile(), result.current.exportFile()]))
    expect(sent().filter((input: any) => input.format === 'csv')).toHaveLength(1)
  })
})
