import { fireEvent, render, screen } from '@testing-library/react'
import { MAX_PAGE_SIZE, ok, slicePage } from '@shared/api'
import { callCloud } from '../../../../api/cloud'
import { fakeCloud } from '../../../../features/items/fixtures'
import StaffAdminPage from './index'

jest.mock('../../../../api/cloud', () => ({ callCloud: jest.fn() }))
const call = callCloud as jest.Mock

/** More staff than the page of 50 the list asks for. */
const staff = Array.from({ length: 53 }, (_, n) => ({ id: `staff-${n}`, name: `工作人员${n + 1}`, roles: ['staff'], active: true, version: 1, bound: true }))

beforeEach(() => {
  call.mockReset()
  call.mockImplementation(
    fakeCloud({
      'admin/staff.list': (input) => ok(slicePage(staff, { limit: MAX_PAGE_SIZE, ...input })),
      'catalog/departments.list': () => ok({ departments: [] }),
    }),
  )
})

describe('the admin staff list, a page at a time (issue 13, item 2)', () => {
  it('shows the rest on 加载更多', async () => {
    render(<StaffAdminPage />)
    expect(await screen.findByText('共 53 条，已显示 50 条')).toBeTruthy()
    expect(screen.queryByText('工作人员53')).toBeNull()
    fireEvent.click(screen.getByText('加载更多'))
    expect(await screen.findByText('工作人员53')).toBeTruthy()
    expect(screen.getByText('共 53 条，已显示 53 条')).toBeTruthy()
  })
})
