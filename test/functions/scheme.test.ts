import { startCloud, type Cloud } from '../support/cloud'

/**
 * The scheme as written (issue 18) on the emulator: a time agreed outside the
 * holiday hours with a reason (R4), half a working day "in principle" (R14),
 * each seen by the section on the record, in its inbox, its messages, the
 * registration form and the supervision report.
 */
const SECTION = 'oEXAMPLE_section_li'
const LEADER = 'oEXAMPLE_scjg_leader'
const STAFF = 'oEXAMPLE_scjg_staff'
const ADMIN = 'oEXAMPLE_admin_wang'

const BEFORE_DEADLINE = '2026-09-30T16:59:00+08:00'
const HOLIDAY = '2026-10-02'
const at = (time: string) => new Date(`${HOLIDAY}T${time}:00+08:00`).getTime()

let cloud: Cloud
beforeAll(async () => {
  cloud = await startCloud()
  await cloud.setClock(BEFORE_DEADLINE)
}, 60_000)
afterAll(() => cloud?.close())

let seq = 0
const newRequestId = () => `scheme-${Date.now().toString(36)}-${++seq}`
const codeOf = (answer: any) => (answer.ok ? 'ok' : answer.error.code)
const stored = async (id: string) => (await cloud.dump('appointments')).find((a) => a._id === id)
const sectionMessages = async (id: string) => (await cloud.dump('outbox')).filter((m) => m.appointmentId === id && m.to === 'section').map((m) => m.template)
const CONTACT = { note: '已电话告知所需材料', materialsToldInFull: true }

async function requested(itemIds: string[] = ['item-001']): Promise<any> {
  const made = await cloud.call(
    'booking',
    'appointments.request',
    { requestId: newRequestId(), itemIds, date: HOLIDAY, halfDay: 'am', applicant: { name: '张三', phone: '13812345678' } },
    `oTEST_scheme_${++seq}`,
  )
  expect(codeOf(made)).toBe('ok')
  return made.data.appointment
}

async function assigned(): Promise<any> {
  const made = await requested()
  const sent = await cloud.call(
    'section',
    'appointments.dispatch',
    { appointmentId: made.id, version: made.version, requestId: newRequestId(), leadWindowId: 'win-02', assistingWindowIds: [] },
    SECTION,
  )
  expect(codeOf(sent)).toBe('ok')
  expect(codeOf(await step('appointments.assign', made, LEADER, { staffId: 'staff-scjg-1' }))).toBe('ok')
  return made
}

async function step(action: string, appointment: { id: string }, openid: string, payload: Record<string, unknown> = {}) {
  const { version } = await stored(appointment.id)
  return cloud.call('counter', action, { appointmentId: appointment.id, version, requestId: newRequestId(), ...payload }, openid)
}

describe('agreed times outside the holiday hours (R4)', () => {
  it('R4 refuses a time outside the hours without a reason, naming the hours, and saves nothing', async () => {
    const appointment = await assigned()
    const answer = await step('appointments.confirm', appointment, STAFF, { agreedTime: '17:30', plannedMinutes: 30, contact: CONTACT })
    expect(answer.error).toEqual({
      code: 'REASON_REQUIRED',
      message: '约定时间17:30–18:00不在节假日服务时间（08:30–12:00、13:30–17:00）内，请填写原因',
      fields: { reason: '约定时间17:30–18:00不在节假日服务时间（08:30–12:00、13:30–17:00）内，请填写原因' },
    })
    expect((await stored(appointment.id)).status).toBe('assigned')
    expect(await sectionMessages(appointment.id)).toEqual([])
  })

  it('R4 confirms it with a reason: on the record, a message to the section, the registration form', async () => {
    const appointment = await assigned()
    const reason = '申请人白天在外地，双方约定傍晚办理'
    const answer = await step('appointments.confirm', appointment, STAFF, { agreedTime: '17:30', plannedMinutes: 30, contact: CONTACT, reason })
    expect(codeOf(answer)).toBe('ok')
    expect(answer.data.appointment).toMatchObject({ status: 'confirmed', agreedTime: '17:30' })
    expect(answer.data.appointment.deviations).toEqual([
      expect.objectContaining({ kind: 'outsideHours', entered: at('17:30'), expected: at('18:00'), reason, by: 'staff-scjg-1' }),
    ])
    expect(await sectionMessages(appointment.id)).toEqual(['deviation_reported'])
    const form = await cloud.call('section', 'records.form', { appointmentId: appointment.id }, SECTION)
    expect(form.data.html).toContain(`约定时间17:30–18:00不在节假日服务时间（08:30–12:00、13:30–17:00）内；原因：${reason}`)
  })

  it('R4 follows the holidayHours setting an admin sets, apart from the walk-in hours', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    const holidayHours = [{ start: '08:30', end: '18:30' }]
    try {
      expect(codeOf(await cloud.call('admin', 'settings.update', { version, patch: { holidayHours } }, ADMIN))).toBe('ok')
      // A clock set back makes every instance read the settings again (server/referenceData.ts).
      await cloud.setClock('2026-09-30T16:00:00+08:00')
      const appointment = await assigned()
      const answer = await step('appointments.confirm', appointment, STAFF, { agreedTime: '17:30', plannedMinutes: 30, contact: CONTACT })
      expect(answer.error).toBeUndefined()
      expect(answer.data.appointment.deviations).toBeUndefined()
      const hours = (await cloud.call('catalog', 'calendar.upcoming', {}, SECTION)).data.walkInHours
      expect(hours).toEqual([{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }])
    } finally {
      const now = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data.version
      await cloud.call('admin', 'settings.update', { version: now, patch: { holidayHours: [{ start: '08:30', end: '12:00' }, { start: '13:30', end: '17:00' }] } }, ADMIN)
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })

  it('refuses bad holiday hours in Chinese', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    const answer = await cloud.call('admin', 'settings.update', { version, patch: { holidayHours: [{ start: '18:00', end: '09:00' }] } }, ADMIN)
    expect(answer.error).toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('开始时间须早于结束时间') })
  })
})

describe('half a working day in principle (R14)', () => {
  it('R14 flags at dispatch a request whose items add up to more than 210 minutes (预计超过半个工作日)', async () => {
    // 住房公积金贷款申请 120 + 二手房转移登记 90 + 不动产抵押登记 60 minutes.
    const long = await requested(['item-020', 'item-009', 'item-010'])
    const short = await requested(['item-001'])
    const inbox = await cloud.call('section', 'inbox.list', { statuses: ['submitted'], limit: 50 }, SECTION)
    const entryOf = (id: string) => inbox.data.items.find((e: any) => e.appointment.id === id)
    expect(entryOf(long.id)).toMatchObject({ estimatedMinutes: 270, overHalfDay: true })
    expect(entryOf(short.id)).toMatchObject({ estimatedMinutes: 30, overHalfDay: false })
  })

  it('R14 confirms 240 planned minutes with a reason, serves 230 minutes with a reason; the section is told, the report counts it', async () => {
    const appointment = await assigned()
    const asked = await step('appointments.confirm', appointment, STAFF, { agreedTime: '08:30', plannedMinutes: 240, contact: CONTACT })
    expect(asked.error).toMatchObject({ code: 'REASON_REQUIRED', fields: { reason: expect.stringContaining('计划办理时长240分钟，超过半个工作日（210分钟）') } })
    // 240 minutes from 08:30 also run past 12:00: one reason covers both.
    expect(asked.error.message).toContain('约定时间08:30–12:30不在节假日服务时间')
    const confirmed = await step('appointments.confirm', appointment, STAFF, { agreedTime: '08:30', plannedMinutes: 240, contact: CONTACT, reason: '三个事项一并办理' })
    expect(codeOf(confirmed)).toBe('ok')
    try {
      await cloud.setClock(`${HOLIDAY}T08:30:00+08:00`)
      expect(codeOf(await step('appointments.start', appointment, STAFF))).toBe('ok')
      await cloud.setClock(`${HOLIDAY}T12:20:00+08:00`)
      const unexplained = await step('appointments.complete', appointment, STAFF, { result: '已办结' })
      expect(unexplained.error).toMatchObject({ code: 'REASON_REQUIRED', fields: { reason: expect.stringMatching(/^办理时长23\d分钟，超过半个工作日（210分钟），请填写原因$/) } })
      const done = await step('appointments.complete', appointment, STAFF, { result: '已办结', reason: '材料现场补正' })
      expect(codeOf(done)).toBe('ok')
      expect(done.data.appointment.outcome.minutes).toBeGreaterThanOrEqual(230)
      expect(done.data.appointment.deviations.map((d: any) => d.kind)).toEqual(['outsideHours', 'plannedOverHalfDay', 'handledOverHalfDay'])
      expect(await sectionMessages(appointment.id)).toEqual(['deviation_reported', 'deviation_reported'])
      // This one and the one agreed at 17:30 above were outside the hours.
      const report = await cloud.call('supervision', 'supervision.report', { from: HOLIDAY, to: HOLIDAY, windowId: 'win-02' }, SECTION)
      expect(codeOf(report)).toBe('ok')
      expect(report.data.windows[0].counts).toMatchObject({ overHalfDay: 1, outsideHours: 2 })
    } finally {
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })
})

describe('splitting a request over half a working day (R14)', () => {
  it('R14 the section moves items to a second appointment: both keep the applicant, wait for dispatch and name each other; a double tap splits once', async () => {
    const citizen = `oTEST_scheme_split_${++seq}`
    const made = await cloud.call(
      'booking',
      'appointments.request',
      { requestId: newRequestId(), itemIds: ['item-020', 'item-009', 'item-010'], date: HOLIDAY, halfDay: 'am', applicant: { name: '王五', phone: '13700001111' } },
      citizen,
    )
    const first = made.data.appointment
    const input = { appointmentId: first.id, version: first.version, requestId: newRequestId(), itemIds: ['item-010'] }
    const [answer, doubleTap] = await Promise.all([
      cloud.call('section', 'appointments.split', input, SECTION),
      cloud.call('section', 'appointments.split', input, SECTION),
    ])
    expect(codeOf(answer)).toBe('ok')
    expect(doubleTap).toEqual(answer)
    const { appointment, split } = answer.data
    expect(appointment).toMatchObject({ itemIds: ['item-020', 'item-009'], status: 'submitted', splitInto: [split.id] })
    expect(split).toMatchObject({ itemIds: ['item-010'], status: 'submitted', splitFrom: first.id, applicant: { name: '王五', phone: '13700001111' }, date: HOLIDAY })
    expect(split.timeline).toEqual([expect.objectContaining({ event: 'split', note: `由预约编号${first.referenceNo}拆分而来（超过半个工作日）` })])
    expect(split.referenceNo).toMatch(/^2026-\d{6}$/)
    expect(split.referenceNo).not.toBe(first.referenceNo)
    expect(appointment.timeline.at(-1).note).toBe(`拆分为两次预约，1个事项移至预约编号${split.referenceNo}`)

    const inbox = await cloud.call('section', 'inbox.list', { statuses: ['submitted'], limit: 50 }, SECTION)
    const entryOf = (id: string) => inbox.data.items.find((e: any) => e.appointment.id === id)
    expect(entryOf(first.id)).toMatchObject({ estimatedMinutes: 210, overHalfDay: false })
    expect(entryOf(split.id)).toMatchObject({ estimatedMinutes: 60, overHalfDay: false })
    const mine = await cloud.call('booking', 'appointments.mine', {}, citizen)
    expect(mine.data.appointments.map((a: any) => a.id).sort()).toEqual([first.id, split.id].sort())
  })

  it('R14 refuses to move every item, an item not in it, or a dispatched one, and writes nothing', async () => {
    const made = await requested(['item-020', 'item-009'])
    const split = (itemIds: string[], version = made.version) =>
      cloud.call('section', 'appointments.split', { appointmentId: made.id, version, requestId: newRequestId(), itemIds }, SECTION)
    expect((await split(['item-020', 'item-009'])).error).toMatchObject({ code: 'INVALID_INPUT', fields: { itemIds: '请至少留下一个事项在原预约中' } })
    expect((await split(['item-001'])).error).toMatchObject({ code: 'INVALID_INPUT', fields: { itemIds: '所选事项不在此预约中' } })
    expect(codeOf(await cloud.call('section', 'appointments.split', { appointmentId: made.id, version: made.version, requestId: newRequestId(), itemIds: ['item-009'] }, STAFF))).toBe('FORBIDDEN')
    expect((await stored(made.id)).version).toBe(made.version)
    const sent = await cloud.call('section', 'appointments.dispatch', { appointmentId: made.id, version: made.version, requestId: newRequestId(), leadWindowId: 'win-11', assistingWindowIds: ['win-06'] }, SECTION)
    expect(codeOf(sent)).toBe('ok')
    expect(codeOf(await split(['item-009'], sent.data.appointment.version))).toBe('INVALID_TRANSITION')
  })
})

describe('an applicant who cannot be reached (R18)', () => {
  it('R18 staff record each unanswered attempt after the agreed time; after 3 and 30 minutes the appointment closes as 未到, credited like 放弃', async () => {
    const appointment = await assigned()
    expect(codeOf(await step('appointments.confirm', appointment, STAFF, { agreedTime: '09:00', plannedMinutes: 45, contact: CONTACT }))).toBe('ok')
    try {
      await cloud.setClock(`${HOLIDAY}T08:55:00+08:00`)
      expect((await step('appointments.recordAttempt', appointment, STAFF, { way: 'phone', result: 'no_answer' })).error).toMatchObject({ code: 'TOO_EARLY' })
      for (const [time, result] of [['09:05', 'no_answer'], ['09:15', 'declined']] as const) {
        await cloud.setClock(`${HOLIDAY}T${time}:00+08:00`)
        expect(codeOf(await step('appointments.recordAttempt', appointment, STAFF, { way: 'phone', result }))).toBe('ok')
      }
      await cloud.setClock(`${HOLIDAY}T09:31:00+08:00`)
      const early = await step('appointments.markNoShow', appointment, STAFF)
      expect(early.error).toMatchObject({ code: 'INVALID_INPUT', message: '已联系申请人2次，须至少联系3次仍联系不上才能登记未到' })
      expect(codeOf(await step('appointments.recordAttempt', appointment, STAFF, { way: 'sms', result: 'unreachable', note: '短信未回复' }))).toBe('ok')
      const closed = await step('appointments.markNoShow', appointment, STAFF)
      expect(codeOf(closed)).toBe('ok')
      expect(closed.data.appointment).toMatchObject({ status: 'no_show', statusText: '未到（视为完成）', noShow: { attempts: 3, by: 'staff-scjg-1' } })
      expect(closed.data.appointment.contactAttempts.map((a: any) => [a.way, a.result])).toEqual([
        ['phone', 'no_answer'],
        ['phone', 'declined'],
        ['sms', 'unreachable'],
      ])
      const credits = (await cloud.dump('timeBankEntries')).filter((e) => e.source?.id === appointment.id)
      expect(credits).toEqual([expect.objectContaining({ staffId: 'staff-scjg-1', minutes: 45, note: '申请人未到，多次联系未果，按计划时长计入' })])
      const form = await cloud.call('section', 'records.form', { appointmentId: appointment.id }, SECTION)
      expect(form.data.html).toContain('未到')
    } finally {
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })

  it('R18 follows the settings an admin sets for the attempts and the minutes', async () => {
    const { version } = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data
    expect(codeOf(await cloud.call('admin', 'settings.update', { version, patch: { noShowAttempts: 1, noShowMinutes: 60 } }, ADMIN))).toBe('ok')
    const bad = await cloud.call('admin', 'settings.update', { version: version + 1, patch: { noShowMinutes: 10 } }, ADMIN)
    expect(bad.error).toMatchObject({ code: 'INVALID_INPUT', message: '未到等候时间至少30分钟' })
    const appointment = await assigned()
    expect(codeOf(await step('appointments.confirm', appointment, STAFF, { agreedTime: '10:00', contact: CONTACT }))).toBe('ok')
    try {
      await cloud.setClock(`${HOLIDAY}T10:05:00+08:00`)
      expect(codeOf(await step('appointments.recordAttempt', appointment, STAFF, { way: 'phone', result: 'no_answer' }))).toBe('ok')
      await cloud.setClock(`${HOLIDAY}T10:45:00+08:00`)
      expect((await step('appointments.markNoShow', appointment, STAFF)).error).toMatchObject({ code: 'TOO_EARLY', message: '约定时间后满60分钟才能登记未到' })
      await cloud.setClock(`${HOLIDAY}T11:00:00+08:00`)
      expect(codeOf(await step('appointments.markNoShow', appointment, STAFF))).toBe('ok')
    } finally {
      const now = (await cloud.call('admin', 'settings.get', {}, ADMIN)).data.version
      await cloud.call('admin', 'settings.update', { version: now, patch: { noShowAttempts: 3, noShowMinutes: 30 } }, ADMIN)
      await cloud.setClock(BEFORE_DEADLINE)
    }
  })
})

