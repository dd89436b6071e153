import { readFileSync } from 'node:fs'
import { emulatorSdk } from '../test/support/emulatorSdk'
import { topPage, useSystemAndBrowser } from './support/setup'
import { pickDate } from './support/picker'

const env = useSystemAndBrowser()

const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const OCTOBER = { from: '2026-10-01', to: '2026-10-31' }

let seq = 0
const requestId = () => `sup-e2e-${Date.now().toString(36)}-${++seq}`

/** One step of `counter` or `section` as the apps make it; answers the appointment after it. */
async function step(fn: string, action: string, appointment: { id: string; version: number }, openid: string, payload: Record<string, unknown> = {}) {
  const answer = await env.system.call(fn, action, { appointmentId: appointment.id, version: appointment.version, requestId: requestId(), ...payload }, openid)
  if (!answer.ok) throw new Error(`${action}: ${JSON.stringify(answer)}`)
  return answer.data.appointment
}

/** A citizen's request for `date`, dispatched to window 2 and assigned to its staff (R9, R10). */
async function assigned(date: string) {
  const made = await env.system.call(
    'booking',
    'appointments.request',
    { requestId: requestId(), itemIds: ['item-001'], date, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    `oTEST_e2e_sup_${++seq}`,
  )
  const sent = await step('section', 'appointments.dispatch', made.data.appointment, SECTION, { leadWindowId: 'win-02' })
  return step('counter', 'appointments.assign', sent, LEADER, { staffId: 'staff-scjg-1' })
}
const confirm = (a: { id: string; version: number }) =>
  step('counter', 'appointments.confirm', a, STAFF, { agreedTime: '09:00', contact: { note: '已告知材料', materialsToldInFull: true } })

describe('the section checks the windows (窗口督查, R23)', () => {
  it('opens October, sees window 2 lose points in the chart and its table, and downloads the CSV', async () => {
    const { page } = env.browser
    await env.system.setClock('2026-09-28T10:00:00+08:00')
    const served = await confirm(await assigned('2026-10-02'))
    const abandoned = await confirm(await assigned('2026-10-03'))
    await assigned('2026-10-02') // never confirmed: 拖延
    await env.system.setClock('2026-10-02T09:10:00+08:00')
    const started = await step('counter', 'appointments.start', served, STAFF)
    await step('counter', 'appointments.complete', started, STAFF, { result: '已办结' })
    await env.system.setClock('2026-10-03T09:31:00+08:00')
    await step('counter', 'appointments.markLate', abandoned, STAFF, { contacted: true, gaveUp: true, note: '申请人放弃' })
    // Weekend duty as the dutyShifts contract stores it: scheduled on 17 October, never checked in (脱岗).
    await emulatorSdk(env.system)
      .database()
      .collection('dutyShifts')
      .add({
        data: { _id: 'duty-2026-10-17-am-staff-scjg-1', date: '2026-10-17', half: 'am', windowId: 'win-02', staffId: 'staff-scjg-1', staffName: '孙丽', leads: false, scheduledBy: 'staff-section', scheduledAt: 0, version: 1 },
      })
    await env.system.setClock('2026-11-02T10:00:00+08:00')
    const expected = await env.system.call('supervision', 'supervision.report', OCTOBER, SECTION)
    const win02 = expected.data.windows.find((w: { windowId: string }) => w.windowId === 'win-02')
    expect(win02.counts).toMatchObject({ dispatched: 3, served: 2, abandoned: 1, unconfirmedOverdue: 1, shiftsAbsent: 1 })

    await env.system.open(page, '/packages/section/pages/supervision/index', SECTION)
    const top = topPage(page)
    await top.getByText('窗口督查', { exact: true }).first().waitFor()
    await top.getByText('自定义', { exact: true }).click()
    await pickDate(page, top.locator('.supervision-from'), '2026-10-31')
    await pickDate(page, top.locator('.supervision-to'), '2026-10-01')
    await top.getByText('查询', { exact: true }).click()
    await top.getByText('结束日期不能早于开始日期').waitFor()
    await pickDate(page, top.locator('.supervision-from'), OCTOBER.from)
    await pickDate(page, top.locator('.supervision-to'), OCTOBER.to)
    await top.getByText('查询', { exact: true }).click()
    await top.getByText('统计期间：2026年10月1日 至 2026年10月31日').waitFor()

    // The chart: window 2's bar with its points, and served vs abandoned.
    await top.getByText(`2号 市场主体登记：扣 ${win02.pointsDeducted} 分`).waitFor()
    await top.getByText('2号 市场主体登记：派单 3，已服务 2（放弃 1）').waitFor()
    // The window's table.
    const card = top.locator('.supervision-window').filter({ hasText: '2号窗口 市场主体登记' })
    await card.getByText(`扣分合计：${win02.pointsDeducted} 分`).waitFor()
    await card.getByText('脱岗：1').waitFor()
    await card.getByText('值班脱岗 1 次 × 5 分 = 5 分').waitFor()
    await top.getByText('值班脱岗：每次扣 5 分').waitFor()

    const [download] = await Promise.all([page.waitForEvent('download'), top.getByText('导出统计表（表格文件）').click()])
    expect(download.suggestedFilename()).toBe('窗口督查_2026-10-01_2026-10-31.csv')
    const bytes = readFileSync((await download.path())!)
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = bytes.subarray(3).toString('utf8').split('\r\n')
    expect(lines[1]).toBe('统计期间,2026-10-01,2026-10-31')
    expect(lines[2]).toBe('生成时间,2026-11-02 10:00')
    const row = lines.find((l) => l.startsWith('2,市场主体登记,'))!.split(',')
    const header = lines[4].split(',')
    expect(row[header.indexOf('派单数')]).toBe('3')
    expect(row[header.indexOf('其中放弃办理')]).toBe('1')
    expect(row.at(-1)).toBe(String(win02.pointsDeducted))
    await top.getByText('已下载文件：窗口督查_2026-10-01_2026-10-31.csv').waitFor()
  })
})
