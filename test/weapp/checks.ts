/**
 * The render checks, shared by the tests of the real build and by the
 * seeded-defect tests, which show that each check fails on a broken build.
 */
import { stripVTControlCharacters } from 'node:util'
import { STATUS_NAMES, type Appointment } from '../../shared/appointments'
import { buildCalendar, calendarRange, dayInfo, DEFAULT_CALENDAR_SETTINGS, SHIPPED_YEARS, upcomingHolidays } from '../../shared/calendar'
import { summarizeItem } from '../../shared/items'
import { civilDateOf, formatBeijingIso } from '../../shared/time'
import { EXAMPLE_SEED } from '../../emulator/src/seed'
import { DEFAULT_CENTER, DEFAULT_SETTINGS } from '../../shared/settings'
import { supervisionReport } from '../../shared/supervision'
import { closedKey, dutyGaps } from '../../shared/duty'
import { subscribeTemplateIds } from '../../server/notify/subscribeTemplateIds'
import type { CloudTable } from './fakeWx'
import { DIST, launch, pagesOf, type LaunchOptions, type MiniProgram } from './harness'
import type { PageHandle } from './pageHandle'

/** `catalog` `me` for a citizen: no staff roles. */
export const CITIZEN_ME = { ok: true, data: { openid: 'o-citizen', roles: [] } }

/**
 * The calendar answers as the server gives them on Saturday 26 September 2026,
 * inside 中秋节 (computed by the shared code the functions run): the month is
 * September 2026, whatever the range asked; 2026 was saved once by an admin.
 */
const CALENDAR_NOW = '2026-09-26T10:00:00+08:00'
const SHIPPED_CALENDAR = buildCalendar(SHIPPED_YEARS)
const YEAR_2026 = SHIPPED_YEARS.find((y) => y.year === 2026)
const CALENDAR_UPCOMING = {
  ok: true,
  data: {
    now: formatBeijingIso(CALENDAR_NOW),
    today: dayInfo(civilDateOf(CALENDAR_NOW), SHIPPED_CALENDAR),
    walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours,
    subscribeTemplates: subscribeTemplateIds(DEFAULT_SETTINGS.templates),
    ...upcomingHolidays(CALENDAR_NOW, SHIPPED_CALENDAR, DEFAULT_CALENDAR_SETTINGS),
  },
}
const CALENDAR_RANGE = calendarRange('2026-09-01', '2026-09-30', SHIPPED_CALENDAR)
const CALENDAR_YEARS = {
  ok: true,
  data: { years: SHIPPED_YEARS.map((calendar) => ({ calendar, saved: calendar.year === 2026, version: calendar.year === 2026 ? 1 : 0 })) },
}
const CALENDAR_HISTORY = { ok: true, data: { changes: [{ version: 1, at: Date.UTC(2026, 10, 20, 2, 0), by: 'o-admin', calendar: YEAR_2026 }] } }

/** The example data as the catalog answers it (`_id` becomes `id`). */
const asRecords = (name: string) => (EXAMPLE_SEED.collections[name] ?? []).map(({ _id, ...rest }) => ({ id: _id, ...rest }) as any)
const ITEMS = asRecords('items')
const WINDOWS = asRecords('windows')
const ITEMS_LIST = { ok: true, data: { items: ITEMS.map(summarizeItem), total: ITEMS.length, nextCursor: null } }
const SOCIAL_CARD = ITEMS.find((i) => i.id === 'item-006')
const ITEM_GET = { ok: true, data: { item: SOCIAL_CARD, windows: WINDOWS.filter((w) => w.departmentId === SOCIAL_CARD.departmentId) } }
const DEPARTMENTS_LIST = {
  ok: true,
  data: { departments: asRecords('departments').map((d) => ({ ...d, windows: WINDOWS.filter((w) => w.departmentId === d.id) })) },
}

/**
 * A citizen's appointment for 社会保障卡申领与补换 on 2 October 2026 (国庆节),
 * made on 24 September, dispatched to window 4, assigned, and confirmed for
 * 09:00 after the staff's call (R11); as `booking` answers its applicant.
 */
const at = (beijing: string) => Date.parse(`${beijing}+08:00`)
const CONFIRMED: Appointment = {
  id: 'appt-o-citizen-req00000001',
  referenceNo: '2026-000123',
  requestId: 'req00000001',
  applicant: { name: '张三', phone: '13812345678' },
  applicantOpenid: 'o-citizen',
  itemIds: ['item-006'],
  date: '2026-10-02',
  halfDay: 'am',
  agreedTime: '09:00',
  plannedMinutes: 20,
  channel: 'mini-program',
  status: 'confirmed',
  version: 4,
  leadWindowId: 'win-04',
  assistingWindowIds: [],
  parts: [{ windowId: 'win-04', role: 'lead', staffId: 'staff-rs-1' }],
  assignedStaffId: 'staff-rs-1',
  contact: { at: at('2026-09-25T10:00:00'), by: 'staff-rs-1', note: '已告知携带身份证和照片', materialsToldInFull: true },
  createdAt: at('2026-09-24T09:30:00'),
  timeline: [
    { at: at('2026-09-24T09:30:00'), by: 'o-citizen', byRole: 'applicant', event: 'request', status: 'submitted' },
    { at: at('2026-09-24T10:00:00'), by: 'staff-section', byRole: 'section', event: 'dispatch', status: 'dispatched' },
    { at: at('2026-09-24T11:00:00'), by: 'staff-rs-leader', byRole: 'leader', event: 'assign', status: 'assigned' },
    { at: at('2026-09-25T10:00:00'), by: 'staff-rs-1', byRole: 'staff', event: 'confirm', status: 'confirmed' },
  ],
}
const CONFIRMED_VIEW = { ...CONFIRMED, statusText: STATUS_NAMES[CONFIRMED.status] }
/** The same appointment in window 4's queue (`counter` `queue.list`), with its items and staff named. */
const WINDOW_QUEUE = {
  ok: true,
  data: {
    windowId: 'win-04',
    items: [{ ...CONFIRMED_VIEW, items: [{ id: 'item-006', name: '社会保障卡申领与补换' }], assignedStaff: { id: 'staff-rs-1', name: '王芳' } }],
    total: 1,
    nextCursor: null,
  },
}

/**
 * The same appointment as its window works on it (`counter` `queue.entry`):
 * its items with every material to tell (R11), the service hours and the
 * server's clock on 26 September.
 */
export const COUNTER_ENTRY = {
  ok: true,
  data: {
    entry: {
      ...WINDOW_QUEUE.data.items[0],
      itemsToTell: [{ id: 'item-006', name: SOCIAL_CARD.name, materials: SOCIAL_CARD.materials, notes: SOCIAL_CARD.notes }],
    },
    serviceHours: DEFAULT_CALENDAR_SETTINGS.walkInHours,
    now: at('2026-09-26T10:00:00'),
  },
}

/**
 * A phone request the desk registered for 王先生 on 27 September, waiting for
 * dispatch past the alert (R9), as `section` `inbox.list` answers it.
 */
const WAITING: Appointment = {
  ...CONFIRMED,
  id: 'appt-o-desk-req00000002',
  referenceNo: '2026-000124',
  requestId: 'req00000002',
  applicant: { name: '王先生', phone: '13912345678' },
  applicantOpenid: undefined,
  itemIds: ['item-001'],
  agreedTime: undefined,
  plannedMinutes: undefined,
  channel: 'phone',
  registeredBy: 'staff-desk',
  status: 'submitted',
  version: 1,
  leadWindowId: undefined,
  parts: [],
  assignedStaffId: undefined,
  contact: undefined,
  createdAt: at('2026-09-27T09:00:00'),
  timeline: [{ at: at('2026-09-27T09:00:00'), by: 'staff-desk', byRole: 'desk', event: 'request', status: 'submitted' }],
}
const INBOX_LIST = {
  ok: true,
  data: {
    now: formatBeijingIso(CALENDAR_NOW),
    total: 1,
    nextCursor: null,
    items: [
      {
        appointment: { ...WAITING, statusText: STATUS_NAMES[WAITING.status] },
        items: [{ id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg' }],
        leadDepartment: { id: 'dept-scjg', name: '县市场监督管理局' },
        waitingWorkingMinutes: 630,
        overdue: true,
        registrar: '赵晓',
      },
    ],
  },
}

/** The section's list of every appointment (`section` `appointments.list`, R9): the desk's phone request, with the holidays to filter by. */
const SECTION_LIST = {
  ok: true,
  data: {
    total: 1,
    nextCursor: null,
    holidays: [{ name: '国庆节', start: '2026-10-01', end: '2026-10-07', year: 2026 }],
    items: [{ appointment: { ...WAITING, statusText: STATUS_NAMES[WAITING.status] }, items: [{ id: 'item-001', name: '个体工商户设立登记' }], leadWindow: null, registrar: '赵晓' }],
  },
}

/** The same request dispatched to window 2 by 李静, as the section's record page reads it (`appointments.record`, R8): still open to 改派. */
const DISPATCHED: Appointment = {
  ...WAITING,
  status: 'dispatched',
  version: 2,
  leadWindowId: 'win-02',
  parts: [{ windowId: 'win-02', role: 'lead' }],
  timeline: [...WAITING.timeline, { at: at('2026-09-28T10:00:00'), by: 'staff-section', byRole: 'section', event: 'dispatch', status: 'dispatched' }],
}
const SECTION_RECORD = {
  ok: true,
  data: {
    appointment: { ...DISPATCHED, statusText: STATUS_NAMES[DISPATCHED.status] },
    items: [{ id: 'item-001', name: '个体工商户设立登记', departmentId: 'dept-scjg' }],
    leadDepartment: { id: 'dept-scjg', name: '县市场监督管理局' },
    windowNames: { 'win-02': '2号窗口（市场主体登记）' },
    staffNames: { 'staff-desk': '赵晓', 'staff-section': '李静' },
  },
}

/**
 * The same appointment served on 2 October and reviewed 不满意 on 9 October;
 * its follow-up was due 15 October 17:00 and is overdue (R20). A complaint
 * about it, open and overdue for the section, resolved in the citizen's list.
 */
const COMPLETED_VIEW = { ...CONFIRMED_VIEW, status: 'completed', statusText: STATUS_NAMES.completed, version: 7 }
const BAD_REVIEW = {
  appointmentId: CONFIRMED.id,
  windowId: 'win-04',
  level: 'dissatisfied',
  levelText: '不满意',
  comment: '等候时间太长',
  at: at('2026-10-09T10:00:00'),
  version: 1,
  followUp: { dueAt: at('2026-10-15T17:00:00'), overdue: true },
}
const COMPLAINT = {
  id: 'cmp-000000000001',
  channel: 'mini-program',
  channelText: '小程序',
  contact: { phone: '13812345678' },
  appointmentId: CONFIRMED.id,
  windowId: 'win-04',
  text: '电话一直打不通',
  at: at('2026-10-09T10:00:00'),
  dueAt: at('2026-10-15T17:00:00'),
  status: 'open',
  statusText: '处理中',
  version: 1,
  overdue: true,
}
const RESOLVED_COMPLAINT = { ...COMPLAINT, status: 'resolved', statusText: '已处理', resolution: { note: '已增加咨询电话坐席', at: at('2026-10-12T09:05:00') }, version: 2, overdue: false }
const FEEDBACK_NOW = at('2026-10-16T09:00:00')

/**
 * `supervision` `supervision.report` for October 2026 (R23), computed by the
 * shared code the function runs: win-02 missed a duty shift on 18 October
 * and left its afternoon unstaffed, and got one bad review.
 */
const SUPERVISION_WINDOWS = [
  { id: 'win-02', departmentId: 'dept-scjg', name: '市场主体登记', number: '2', needsDuty: false },
  { id: 'win-04', departmentId: 'dept-rs', name: '社保业务', number: '4', needsDuty: false },
]
const SUPERVISION_REPORT = {
  ok: true,
  data: {
    truncated: false,
    ...supervisionReport({
      from: '2026-10-01',
      to: '2026-10-31',
      windows: SUPERVISION_WINDOWS,
      appointments: [],
      shifts: [{ id: 'duty-1', date: '2026-10-18', half: 'am', windowId: 'win-02', staffId: 'staff-scjg-1', leads: false }],
      reviews: [{ id: 'rv-1', windowId: 'win-02', level: 'dissatisfied', at: at('2026-10-05T12:00:00') }],
      calendar: SHIPPED_CALENDAR,
      settings: DEFAULT_SETTINGS,
      now: at('2026-11-02T10:00:00'),
    }),
  },
}

/**
 * Weekend duty and the time bank (R21, R22, R24) on Saturday 17 October
 * 2026: 郑丽 of window 4 checked in late at 08:40 for the morning, 吴刚
 * leads it; her time bank holds two holiday appointments (85 minutes), one
 * leave request of 60 minutes waits for the leader, who also sees it to decide.
 */
const DUTY_SHIFTS = [
  { id: 'duty-2026-10-17-am-staff-rs-1', date: '2026-10-17', half: 'am' as const, windowId: 'win-04', staffId: 'staff-rs-1', staffName: '郑丽', leads: false, scheduledBy: 'staff-section', scheduledAt: at('2026-10-12T09:00:00'), version: 2, checkInAt: at('2026-10-17T08:40:00'), lateCheckIn: true },
  { id: 'duty-2026-10-17-am-staff-rs-leader', date: '2026-10-17', half: 'am' as const, windowId: 'win-04', staffId: 'staff-rs-leader', staffName: '吴刚', leads: true, scheduledBy: 'staff-section', scheduledAt: at('2026-10-12T09:00:00'), version: 1 },
]
const ROSTER_WINDOWS = [
  { id: 'win-04', number: '4', name: '社保业务', departmentId: 'dept-rs', servesWalkIn: true, staff: [{ id: 'staff-rs-leader', name: '吴刚', leader: true }, { id: 'staff-rs-1', name: '郑丽', leader: false }] },
  // 就业创业: walk-in items, nobody of its own (R21): gaps on the 17th, closed by the section on the 18th.
  { id: 'win-05', number: '5', name: '就业创业', departmentId: 'dept-rs', servesWalkIn: true, staff: [] },
]
const DUTY_CLOSURES = [{ id: 'closed-2026-10-18-win-05', date: '2026-10-18', windowId: 'win-05', reason: '本窗口人员外出培训', closedBy: '李静', closedAt: at('2026-10-12T09:00:00') }]
const DUTY_ROSTER = {
  ok: true,
  data: {
    from: '2026-10-12',
    to: '2026-10-18',
    days: ['2026-10-17', '2026-10-18'].map((date) => dayInfo(date, SHIPPED_CALENDAR)),
    windows: ROSTER_WINDOWS,
    shifts: DUTY_SHIFTS,
    gaps: dutyGaps(['2026-10-17', '2026-10-18'], ['win-04', 'win-05'], DUTY_SHIFTS, new Set(DUTY_CLOSURES.map((c) => closedKey(c.date, c.windowId)))),
    closures: DUTY_CLOSURES,
    walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours,
  },
}
/** `counter` `walkIn.today` on Saturday 17 October: 郑丽 checked in at window 4, one entry logged (R2, R21). */
const WALK_IN_TODAY = {
  ok: true,
  data: {
    today: '2026-10-17',
    shifts: [DUTY_SHIFTS[0]],
    windows: [{ id: 'win-04', number: '4', name: '社保业务', items: [{ id: 'item-006', name: '社会保障卡申领与补换' }, { id: 'item-005', name: '城乡居民养老保险参保登记' }] }],
    services: [{ id: 'walkin-staff-rs-1-req00000001', date: '2026-10-17', windowId: 'win-04', shiftId: DUTY_SHIFTS[0].id, staffId: 'staff-rs-1', staffName: '郑丽', itemId: 'item-006', itemName: '社会保障卡申领与补换', count: 2, assisted: true, at: at('2026-10-17T09:10:00') }],
  },
}
/** `catalog` `weekend.walkIn` on Saturday 26 September (a holiday day): the next weekend's windows on duty (R2). */
const WEEKEND_WALK_IN = {
  ok: true,
  data: {
    today: '2026-09-26',
    days: [
      { date: '2026-10-11', windows: [{ id: 'win-04', number: '4', name: '社保业务', location: '一楼西区', halves: ['am'], items: [{ id: 'item-006', name: '社会保障卡申领与补换' }] }] },
    ],
    walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours,
    unknown: false,
  },
}
const LEAVE = {
  id: 'leave-req00000003', staffId: 'staff-rs-1', staffName: '郑丽', windowId: 'win-04', date: '2026-10-19', start: '08:30', end: '09:30', minutes: 60,
  coverStaffId: 'staff-rs-leader', coverName: '吴刚', reason: '家中有事', status: 'pending', requestedAt: at('2026-10-17T18:00:00'), version: 1,
}
const TIME_BANK = {
  ok: true,
  data: {
    balance: 85,
    available: 25,
    entries: [
      { id: 'tb-appointment-a2', staffId: 'staff-rs-1', windowId: 'win-04', minutes: 45, source: { type: 'appointment', id: 'a2' }, at: at('2026-10-02T10:31:00'), by: 'system', note: '申请人迟到放弃办理，按计划时长计入' },
      { id: 'tb-appointment-a1', staffId: 'staff-rs-1', windowId: 'win-04', minutes: 40, source: { type: 'appointment', id: 'a1' }, at: at('2026-10-02T09:45:00'), by: 'system', note: '节假日预约办结' },
    ],
    requests: [LEAVE],
    toDecide: [{ ...LEAVE, id: 'leave-req00000004', staffName: '孙丽', minutes: 30, end: '09:00' }],
    colleagues: [
      { id: 'staff-rs-leader', name: '吴刚', scope: 'window', windowName: '4号窗口（社保业务）' },
      { id: 'staff-scjg-1', name: '周萍', scope: 'other', windowName: '2号窗口（市场主体登记）' },
    ],
    workingHours: DEFAULT_CALENDAR_SETTINGS.walkInHours,
  },
}

/** What every page gets from the cloud unless a test says otherwise. */
export const DEFAULT_CLOUD: CloudTable = {
  catalog: {
    me: CITIZEN_ME,
    'calendar.upcoming': CALENDAR_UPCOMING,
    'calendar.range': CALENDAR_RANGE,
    'items.list': ITEMS_LIST,
    'items.get': ITEM_GET,
    'departments.list': DEPARTMENTS_LIST,
    'weekend.walkIn': WEEKEND_WALK_IN,
    'center.get': { ok: true, data: { center: DEFAULT_CENTER, walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours, bookingCutoff: '17:00', perApplicantCap: 3 } },
  },
  admin: {
    'calendar.years': CALENDAR_YEARS,
    'calendar.history': CALENDAR_HISTORY,
    'messages.issues': {
      ok: true,
      data: {
        items: [
          { id: 'msg-a1-v4-0', kindName: '预约确认', channelName: '短信', toName: '申请人', statusName: '发送失败', reason: '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人', at: at('2026-09-28T10:05:00'), referenceNo: '2026-000123' },
        ],
      },
    },
  },
  counter: {
    'queue.list': WINDOW_QUEUE,
    'queue.entry': COUNTER_ENTRY,
    'duty.mine': { ok: true, data: { today: '2026-10-17', shifts: [DUTY_SHIFTS[0]], walkInHours: DEFAULT_CALENDAR_SETTINGS.walkInHours } },
    'timebank.mine': TIME_BANK,
    'walkIn.today': WALK_IN_TODAY,
    'window.staff': { ok: true, data: { staff: [{ id: 'staff-rs-leader', name: '吴刚', leader: true }, { id: 'staff-rs-1', name: '王芳', leader: false }] } },
  },
  booking: {
    'appointments.mine': { ok: true, data: { appointments: [CONFIRMED_VIEW] } },
    'appointments.get': { ok: true, data: { appointment: CONFIRMED_VIEW } },
    'phone.fromCode': { ok: true, data: { phone: '13800138000' } },
    'appointments.claimByPhone': { ok: true, data: { claimed: 1, phone: '138****8000' } },
    'subscriptions.grant': { ok: true, data: { remaining: {} } },
    'complaints.mine': { ok: true, data: { items: [RESOLVED_COMPLAINT], total: 1, nextCursor: null } },
  },
  supervision: {
    'duty.roster': DUTY_ROSTER,
    'supervision.report': SUPERVISION_REPORT,
  },
  section: {
    'inbox.list': INBOX_LIST,
    'appointments.list': SECTION_LIST,
    'appointments.record': SECTION_RECORD,
    'records.form': { ok: true, data: { html: '<h1>沂源县政务服务中心预约服务登记表</h1>' } },
    'records.unfiled': {
      ok: true,
      data: {
        filingDueDays: 15,
        total: 1,
        nextCursor: null,
        items: [{ appointment: { ...COMPLETED_VIEW, channel: 'phone' }, items: [{ id: 'item-006', name: '社会保障卡申领与补换' }], servedAt: at('2026-10-02T09:20:00'), overdue: true }],
      },
    },
    'reviews.list': { ok: true, data: { now: FEEDBACK_NOW, items: [{ review: BAD_REVIEW, appointment: COMPLETED_VIEW }], total: 1, nextCursor: null } },
    'visits.pending': { ok: true, data: { items: [{ appointment: COMPLETED_VIEW, review: BAD_REVIEW }], total: 1, nextCursor: null } },
    'complaints.list': { ok: true, data: { now: FEEDBACK_NOW, items: [{ complaint: COMPLAINT, appointment: COMPLETED_VIEW }], total: 1, nextCursor: null } },
    'leave.pending': { ok: true, data: { leaves: [{ ...LEAVE, id: 'leave-req00000005', staffName: '冯磊', windowId: 'win-06', approver: 'section', coverScope: 'other', windowName: '6号窗口（不动产登记）', coverWindowName: '4号窗口（社保业务）' }] } },
  },
}

/**
 * Text each page shows when it renders with DEFAULT_CLOUD. A page added to
 * app.json needs a line here, or its render check fails and says so.
 */
export const VISIBLE_TEXT: Record<string, string[]> = {
  'pages/index/index': [
    '沂源县政务服务中心',
    '本周末可办事项',
    '10月11日 周日',
    '4号窗口 社保业务（一楼西区）',
    '仅上午 8:30-12:00',
    '大字模式：关',
    '周末无休',
    '节假日预约',
    '今天 9月26日（周六）',
    '今天是中秋节假期，按预约办理',
    '国庆节',
    '10月1日—10月7日',
    '9月30日 17:00 前预约',
    '可预约',
    '2027年节假日安排尚未公布，公布后即可预约',
    '2026年9月',
    '调休上班',
    '预约国庆节办理',
    '中心地址、电话与办理规则',
    '拨打预约电话 0533-3618118',
  ],
  'packages/citizen/pages/center/index': [
    '沂源县政务服务中心',
    '周末无休',
    '上午8:30-12:00，下午13:30-17:00',
    '截止时间：节假日前最后一个工作日17:00。',
    '每人每个节假日最多保留3个有效预约。',
    '中心地址',
    DEFAULT_CENTER.address,
    '导航到政务服务中心',
    '拨打预约电话 0533-3618118',
  ],
  'pages/items/index': ['“预约+无休”事项清单', '大字模式：关', `清单共${ITEMS.length}项`, '社会保障卡申领与补换', '个体工商户设立登记'],
  'pages/mine/index': ['我的预约', '社会保障卡申领与补换', '预约编号 2026-000123', '10月2日（周五）上午', '已确认', '约定时间：9:00', '用手机号查找电话/窗口登记的预约', '我的投诉：对办事不满意？投诉并查看处理结果'],
  'pages/staff/index': ['工作人员入口'],
  'packages/staff/pages/queue/index': ['窗口工单', '开启新工单提醒', '待办（1）', '已办（1）', '已确认（1）', '社会保障卡申领与补换', '预约编号 2026-000123', '约定时间：9:00', '申请人：张三 13812345678', '经办人：王芳'],
  'packages/admin/pages/items/index': ['事项管理', '社会保障卡申领与补换'],
  'packages/citizen/pages/item/index': [
    '社会保障卡申领与补换',
    '受理条件',
    '居民身份证',
    '近期免冠证件照',
    '办理地点',
    '政务服务中心一楼西区',
    '收费、时限和结果领取',
    '首次申领不收费；补换按规定收取工本费',
    '即办（当场办结）',
    '窗口领取、邮寄送达',
    '0533-3618131',
    '拨打咨询电话',
    '预约节假日办理',
  ],
  'packages/admin/pages/item-edit/index': ['新增事项', '所需材料', '预计办理时长（分钟）', '办事指南（一次性告知）', '法定办结时限（工作日）', '结果送达方式（可多选）'],
  'packages/admin/pages/org/index': ['部门与窗口'],
  'packages/admin/pages/staff/index': ['人员管理'],
  'packages/admin/pages/messages/index': ['消息发送情况', '预约确认 · 短信', '发给申请人 · 发送失败 · 2026年9月28日 10:05', '预约编号 2026-000123', '申请人电话不是手机号，不能接收短信，未发送；请窗口电话告知申请人'],
  'packages/staff/pages/appointment/index': ['工单详情', '预约编号 2026-000123', '已确认', '约定时间：9:00', '申请人：张三 13812345678', '经办人：王芳', '办理记录'],
  'packages/section/pages/inbox/index': ['派单与审批', '开启派单审批提醒', '待派单 1', '个体工商户设立登记', '超时', '预约编号 2026-000124', '王先生', '已等待 10小时30分钟（工作时间）', '电话登记', '登记人：赵晓', '主办窗口', '2号窗口 市场主体登记', '派单', '查看登记表'],
  'packages/section/pages/filing/index': ['登记表归档', '待归档 1 条，其中 1 条已超过15天', '卷盒号（可不填）', '归档所选（0条）', '社会保障卡申领与补换', '逾期未归档', '预约编号 2026-000123', '办结于 2026年10月2日 09:20', '选择归档'],
  'packages/section/pages/form/index': ['预约服务登记表', '预约编号 2026-000123', '打开登记表（可打印或发送到电脑）', '发送给“文件传输助手”在电脑上打印', '申请人：张三', '预约渠道：小程序预约'],
  'packages/section/pages/appointments/index': ['全部预约', '导出台账', '点此选择开始日期', '点此选择结束日期', '导出并打开台账', '全部节假日', '全部状态', '全部窗口', '全部渠道', '个体工商户设立登记', '预约编号 2026-000124', '2026年10月2日（周五）', '王先生', '已提交', '电话登记 · 登记人：赵晓 · 尚未派单', '查看完整记录', '共 1 条，已显示 1 条'],
  'packages/section/pages/record/index': ['个体工商户设立登记', '预约编号 2026-000124', '主办部门：县市场监督管理局', '主办窗口：2号窗口（市场主体登记）', '经办人：尚未指派', '登记人：赵晓', '办理经过', '提交预约 · 赵晓', '派单 · 李静：派至2号窗口（市场主体登记）', '改派到其他窗口', '3号窗口（食品药品许可）', '改派至其他部门', '确认改派', '查看并打印登记表', '打开登记表（可打印或发送到电脑）'],
  'packages/section/pages/register/index': ['登记预约', '现场', '电话', '个体工商户设立登记', '国庆节（10月1日—10月7日）', '申请人姓名', '登记'],
  'packages/staff/pages/duty/index': ['我的值班', '近期值班', '10月17日 周六 上午 08:30–12:00', '签到 08:40（迟到）', '签退', '周末办件登记', '4号窗口 社保业务：选事项、件数，点“登记”。', '城乡居民养老保险参保登记', '帮办代办', '登记 1 件', '今天窗口登记的：共 2 件', '09:10 郑丽 社会保障卡申领与补换 2 件 · 帮办代办'],
  'packages/section/pages/leave/index': ['调休审批', '待审批（1）', '冯磊', '6号窗口（不动产登记）；顶岗同事所在：4号窗口（社保业务）', '由管理科审批', '批准', '驳回'],
  'packages/staff/pages/timebank/index': ['本窗口', '其他窗口（须管理科审批）', '周萍 · 2号窗口（市场主体登记）', '时间银行', '余额：1小时25分钟', '待我审批（1）', '孙丽', '批准', '驳回', '申请调休', '可申请 25分钟', '吴刚', '我的调休申请', '待审批', '收支明细', '+40分钟', '节假日预约服务：节假日预约办结'],
  'packages/section/pages/duty/index': ['周末排班', '尚有 5 个时段无人值班', '10月17日 周六', '10月18日 周日', '4号 社保业务', '5号 就业创业', '郑丽', '吴刚（带班）', '点此安排', '当天不开放', '本窗口人员外出培训'],
  'packages/section/pages/reviews/index': [
    '评价与回访',
    '待跟进差评 1',
    '不满意',
    '已超期',
    '社会保障卡申领与补换 · 10月2日（周五）上午 · 张三 13812345678',
    '意见：等候时间太长',
    '处理期限：2026年10月15日 17:00（已超期）',
    '办结并回复',
    '待回访 1',
    '已办结 · 群众评价：不满意',
    '电话回访',
    '记录回访',
  ],
  'packages/section/pages/complaints/index': [
    '登记电话或12345投诉',
    '来源：小程序',
    '联系人：投诉人 13812345678',
    '是否属实',
    '投诉处理',
    '待处理 1',
    '电话一直打不通',
    '已超期',
    '涉及预约：社会保障卡申领与补换 · 10月2日（周五）上午 · 张三 13812345678',
    '处理期限：2026年10月15日 17:00（已超期）',
    '处理结果（投诉人可见）',
    '办结并回复',
  ],
  'packages/section/pages/supervision/index': ['督查记录（0）', '记录督查事项', '推诿扯皮', '保存督查事项', '窗口督查', '本月', '上月', '合计扣分：7 分', '各窗口扣分', '2号 市场主体登记：扣 7 分', '2号窗口 市场主体登记', '脱岗：1', '值班脱岗 1 次 × 5 分 = 5 分', '扣分标准', '复制统计表'],
  'packages/citizen/pages/complaints/index': [
    '我的投诉',
    '我要投诉',
    '涉及的预约（选填）',
    '社会保障卡申领与补换 10月2日（周五）上午',
    '提交投诉',
    '2026年10月9日 10:00 提交',
    '已处理',
    '涉及预约：社会保障卡申领与补换 10月2日（周五）上午',
    '处理结果：已增加咨询电话坐席',
  ],
  'packages/citizen/pages/book/index': [
    '预约节假日办理',
    // Opened without an item, as from home: the items are chosen on the page.
    '请先选择要办理的事项，再选择日期。',
    '办理事项（可选5项）',
    '个体工商户设立登记',
    '还有',
    '国庆节（10月1日—10月7日）',
    '请在9月30日17:00前提交',
    '10月2日 周五',
    '上午',
    '申请人姓名',
    '联系电话',
    '使用微信绑定的手机号',
    '仅用于窗口工作人员就本次预约与您联系',
    '提交预约',
  ],
  'packages/citizen/pages/appointment/index': [
    '已确认',
    '预约编号 2026-000123',
    '预约日期：10月2日（周五）上午',
    '约定时间：9:00',
    '办理窗口：4号窗口（社保业务）',
    '请携带以下材料：',
    '居民身份证',
    '办理进度',
    '2026年9月24日 09:30',
    '申请人 提交预约 → 已提交',
    '窗口工作人员 确认预约 → 已确认',
    '取消预约',
  ],
  'packages/admin/pages/calendar/index': [
    '节假日日历',
    '2026年',
    '已保存 · 第1版',
    '随程序发布',
    '国办发明电〔2025〕7号',
    '粘贴通知',
    '识别通知',
    '第1版 · 2026年11月20日 10:00 · o-admin',
  ],
}

/** Fails on anything either layer warned or logged as an error, WXMLRT warnings included. */
export function expectNoProblems(mp: MiniProgram): void {
  if (mp.problems.length === 0) return
  const distinct = [...new Set(mp.problems)]
  throw new Error(`${distinct.length} distinct warning(s)/error(s) while rendering:\n${distinct.slice(0, 5).join('\n')}`)
}

/** Launches the build, opens one page, runs `body`, and always closes the launch. */
export async function withPage(
  route: string,
  options: LaunchOptions,
  body: (page: PageHandle, mp: MiniProgram) => Promise<void> | void,
): Promise<void> {
  const mp = launch({ cloud: DEFAULT_CLOUD, ...options })
  try {
    await body(await mp.open(route), mp)
  } finally {
    mp.close()
  }
}

/** The page renders its visible text, with no warning (WXMLRT…) and no error. */
export async function expectPageRenders(route: string, rootPath: string = DIST): Promise<void> {
  const expected = VISIBLE_TEXT[route]
  if (!expected) throw new Error(`${route} is in app.json but not in VISIBLE_TEXT (test/weapp/checks.ts): add what it shows`)
  await withPage(route, { rootPath }, (page, mp) => {
    expectNoProblems(mp)
    for (const text of expected) expect(page.text()).toContain(text)
  })
}

/** Tapping the large-text switch re-renders its label and the page class, and remembers the choice. */
export async function expectLargeTextSwitchWorks(route: string, rootPath: string = DIST): Promise<void> {
  await withPage(route, { rootPath }, async (page, mp) => {
    expect(page.hasClass('page--large')).toBe(false)
    await page.tap('大字模式：关')
    expect(page.text()).toContain('大字模式：开')
    expect(page.hasClass('page--large')).toBe(true)
    expect(mp.fake.storage.get('pref.largeText')).toBe(true)
    expectNoProblems(mp)
  })
}

/** Runs every render check on one build and answers the failures' messages (none when it is sound). */
export async function failuresOf(rootPath: string): Promise<string[]> {
  const checks = [
    ...pagesOf(rootPath).map((route) => () => expectPageRenders(route, rootPath)),
    () => expectLargeTextSwitchWorks('pages/index/index', rootPath),
  ]
  const failures: string[] = []
  for (const check of checks) {
    await check().catch((error: unknown) => failures.push(stripVTControlCharacters(error instanceof Error ? error.message : String(error))))
  }
  return failures
}
