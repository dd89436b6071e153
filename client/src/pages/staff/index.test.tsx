import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import Taro from '@tarojs/taro'
import { fail, ok } from '@shared/api'
import type { Role } from '@shared/org'
import { callCloud } from '../../api/cloud'
import { fakeCloud, windowOf } from '../../features/items/fixtures'
import StaffPage from './index'

jest.mock('../../api/cloud', () => ({ callCloud: jest.fn() }))
const mockedCall = callCloud as jest.Mock

const departments = ok({ departments: [{ id: 'dept-scjg', name: '县市场监督管理局', order: 1, windows: [windowOf()] }] })

function serveStaff(roles: Role[], staff?: { id: string; name: string; windowId?: string }) {
  mockedCall.mockImplementation(
    fakeCloud({
      'catalog/me': () => ok({ openid: 'o-1', roles, ...(staff ? { staff } : {}) }),
      'catalog/departments.list': () => departments,
    }),
  )
}

const codeField = () => screen.getByPlaceholderText('邀请码')
const bind = () => screen.getByText('绑定')
const redeemCalls = () => mockedCall.mock.calls.filter(([, action]) => action === 'staff.redeem')

describe('the staff tab', () => {
  beforeEach(() => {
    mockedCall.mockReset()
    localStorage.clear()
  })

  it('explains itself to a citizen and offers the invite field', async () => {
    serveStaff([])
    render(<StaffPage />)
    expect(await screen.findByText('此页面供政务服务中心工作人员使用。')).toBeTruthy()
    expect(codeField()).toBeTruthy()
    expect(screen.queryByText('窗口工单')).toBeNull()
  })

  it("checks the code's shape before asking the server", async () => {
    serveStaff([])
    render(<StaffPage />)
    await screen.findByPlaceholderText('邀请码')
    fireEvent.click(bind())
    expect(await screen.findByText('邀请码应为8位字母或数字')).toBeTruthy()
    fireEvent.change(codeField(), { target: { value: 'ABC' } })
    fireEvent.click(bind())
    expect(await screen.findByText('邀请码应为8位字母或数字')).toBeTruthy()
    expect(redeemCalls()).toHaveLength(0)
  })

  it("shows the server's message for a wrong code", async () => {
    serveStaff([])
    const base = mockedCall.getMockImplementation()!
    mockedCall.mockImplementation((name: string, action: string, input: unknown) =>
      action === 'staff.redeem' ? Promise.resolve(fail('NOT_FOUND', '邀请码不正确，请核对后重新输入')) : base(name, action, input),
    )
    render(<StaffPage />)
    await screen.findByPlaceholderText('邀请码')
    fireEvent.change(codeField(), { target: { value: 'abcd2345' } })
    fireEvent.click(bind())
    expect(await screen.findByText('邀请码不正确，请核对后重新输入')).toBeTruthy()
    expect(redeemCalls()[0][2]).toEqual({ code: 'ABCD2345' })
  })

  it('binds once on a double tap and then shows the staff entries', async () => {
    let bound = false
    let release: () => void = () => {}
    mockedCall.mockImplementation(
      fakeCloud({
        'catalog/me': () =>
          ok(bound ? { openid: 'o-1', roles: ['leader', 'staff'], staff: { id: 's1', name: '孙强', windowId: 'win-02' } } : { openid: 'o-1', roles: [] }),
        'catalog/departments.list': () => departments,
        'catalog/staff.redeem': () =>
          new Promise((resolve) => {
            release = () => {
              bound = true
              resolve(ok({ staff: { id: 's1', name: '孙强', roles: ['leader', 'staff'] } }))
            }
          }),
      }),
    )
    render(<StaffPage />)
    await screen.findByPlaceholderText('邀请码')
    fireEvent.change(codeField(), { target: { value: 'ABCD2345' } })
    fireEvent.click(bind())
    // While busy the label says so (no Taro `loading`, see ActionButton) and the button is disabled.
    const busy = () => screen.getByText('正在绑定…') as HTMLButtonElement
    await waitFor(() => expect(busy().disabled).toBe(true))
    fireEvent.click(busy())
    expect(redeemCalls()).toHaveLength(1)
    release()
    expect(await screen.findByText('孙强')).toBeTruthy()
    expect(screen.getByText('身份：窗口负责人、窗口工作人员')).toBeTruthy()
    expect(await screen.findByText('所属窗口：A2号窗口（市场主体登记）')).toBeTruthy()
    expect(screen.getByText('窗口工单')).toBeTruthy()
    expect(screen.queryByText('事项管理')).toBeNull()
  })

  it('gives an admin the admin entries', async () => {
    serveStaff(['admin'], { id: 'staff-admin', name: '王敏' })
    const navigate = jest.spyOn(Taro, 'navigateTo')
    render(<StaffPage />)
    expect(await screen.findByText('王敏')).toBeTruthy()
    expect(screen.getByText('身份：管理员')).toBeTruthy()
    expect(['事项管理', '部门与窗口', '人员管理', '节假日日历'].map((label) => Boolean(screen.queryByText(label)))).toEqual([true, true, true, true])
    expect(screen.queryByText('窗口工单')).toBeNull()
    fireEvent.click(screen.getByText('部门与窗口'))
    expect(navigate).toHaveBeenCalledWith({ url: '/packages/admin/pages/org/index' })
  })

  it('gives the section its inbox and the registration screen, not the admin screens', async () => {
    serveStaff(['section'], { id: 'staff-section', name: '李静' })
    render(<StaffPage />)
    expect(await screen.findByText('派单与审批')).toBeTruthy()
    expect(screen.getByText('登记预约')).toBeTruthy()
    expect(screen.queryByRole('button', { name: '事项管理' })).toBeNull()
  })
})
