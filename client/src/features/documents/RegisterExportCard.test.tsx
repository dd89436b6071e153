import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import { callCloud } from '../../api/cloud'
import { RegisterExportCard } from './RegisterExportCard'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.MockedFunction<typeof callCloud>

// as in the mini-program build (unit tests run without TARO_ENV=h5): downloaded, then opened by WeChat
const taro = Taro as unknown as Record<string, unknown>
const downloadFile = jest.fn(async () => ({ statusCode: 200, tempFilePath: 'wxfile://tmp/r.xlsx' }))
const openDocument = jest.fn(async () => ({ errMsg: 'openDocument:ok' }))
beforeEach(() => {
  call.mockReset()
  downloadFile.mockClear()
  openDocument.mockClear()
  Object.assign(taro, { downloadFile, openDocument })
})
afterAll(() => {
  delete taro.downloadFile
  delete taro.openDocument
})

const pick = (index: number, date: string) => fireEvent.change(screen.getAllByLabelText('选择器')[index]!, { target: { value: date } })

describe('导出台账 (R19)', () => {
  it('R19 asks for both dates before anything is sent', () => {
    render(<RegisterExportCard scope="all" />)
    fireEvent.click(screen.getByText('导出并打开台账'))
    screen.getByText('请选择开始日期')
    screen.getByText('请选择结束日期')
    expect(call).not.toHaveBeenCalled()
  })

  it('R19 sends the dates chosen with the pickers, shows them in Chinese, and says how many rows the register holds', async () => {
    call.mockResolvedValue(ok({ fileID: 'cloud://e.b/r.xlsx', url: 'http://127.0.0.1/cos/b/r.xlsx?sign=s&t=1', fileName: '预约台账_2026年10月1日至2026年10月7日.xlsx', fileType: 'xlsx' as const, expiresAt: 1, rows: 12 }))
    render(<RegisterExportCard scope="window" />)
    screen.getByText('本窗口所选日期内的预约，每条一行，生成电子表格。打开后可直接打印，或发送到电脑。')
    pick(0, '2026-10-01')
    pick(1, '2026-10-07')
    screen.getByText('2026年10月1日')
    screen.getByText('2026年10月7日')
    fireEvent.click(screen.getByText('导出并打开台账'))
    await screen.findByText('台账已生成，共12条。')
    expect(call).toHaveBeenCalledWith('section', 'records.register', { from: '2026-10-01', to: '2026-10-07' })
    expect(downloadFile).toHaveBeenCalledWith({ url: 'http://127.0.0.1/cos/b/r.xlsx?sign=s&t=1' })
    expect(openDocument).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/r.xlsx', fileType: 'xlsx', showMenu: true })
  })

  it('R19 shows the server\'s refusal under the field it names, and opens nothing', async () => {
    call.mockResolvedValue(fail('INVALID_INPUT', '台账一次最多导出366天', { to: '台账一次最多导出366天' }))
    render(<RegisterExportCard scope="all" />)
    pick(0, '2025-01-01')
    pick(1, '2026-10-07')
    fireEvent.click(screen.getByText('导出并打开台账'))
    await waitFor(() => screen.getByText('台账一次最多导出366天'))
    expect(downloadFile).not.toHaveBeenCalled()
  })
})
