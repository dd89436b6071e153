import { COUNTER_ENTRY, DEFAULT_CLOUD, expectNoProblems, withPage } from './checks'

/**
 * The window's confirm screen in WeChat's own renderer (issue 16, R11, R12):
 * 王芳 (staff-rs-1, window 4) is assigned an appointment still waiting for her call.
 */
const WANG_FANG = { ok: true, data: { openid: 'o-staff-rs-1', roles: ['staff'], staff: { id: 'staff-rs-1', name: '王芳', windowId: 'win-04' } } }
const entry = COUNTER_ENTRY.data.entry
const WAITING_ENTRY = {
  ok: true,
  data: {
    ...COUNTER_ENTRY.data,
    entry: { ...entry, status: 'assigned', statusText: '已分配', agreedTime: undefined, contact: undefined, suggestedTimes: ['08:30', '09:00', '09:30'] },
  },
}
const cloud = {
  ...DEFAULT_CLOUD,
  catalog: { ...DEFAULT_CLOUD.catalog, me: WANG_FANG },
  counter: { ...DEFAULT_CLOUD.counter, 'queue.entry': WAITING_ENTRY },
}

describe('the staff confirm an appointment on one screen (R11, R12)', () => {
  it('shows every material, a call button, the suggested times as chips with the first chosen, and 确认预约', async () => {
    await withPage('packages/staff/pages/appointment/index', { cloud }, (page, mp) => {
      expectNoProblems(mp)
      const text = page.text()
      for (const expected of [
        '联系申请人并确认',
        '请向申请人一次性告知以下材料：',
        '· 居民身份证（1份 · 原件）',
        '· 近期免冠证件照（1份 · 原件）：白底，可现场拍摄',
        '须知：挂失后补换的，新卡一般当场领取。',
        '拨打 13812345678',
        '已一次性告知所需材料',
        '8:30',
        '9:00',
        '其他时间 ▾',
        '确认预约',
      ]) expect(text).toContain(expected)
      expect(text).not.toMatch(/HH:mm|时:分|如 09:00/)
      // 26 September: 不可抗力 and 迟到 do not apply yet (R17, R18)
      expect(text).not.toContain('报告不可抗力')
      expect(text).not.toContain('登记迟到')
    })
  })
})
