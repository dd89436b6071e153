import { rescheduleText } from './rescheduleText'

const windows: Record<string, string> = { 'w-2': '2号窗口（市场主体登记）', 'w-3': '3号窗口（食品药品许可）' }
const staff: Record<string, string> = { s1: '周萍', s2: '孙强' }
const say = (r: Parameters<typeof rescheduleText>[0]) => rescheduleText(r, (id) => windows[id] ?? '窗口', (id) => staff[id] ?? '工作人员')

describe('a reschedule after force majeure in words (R17)', () => {
  it.each([
    [
      'another staff member and time',
      { from: { date: '2026-10-02', time: '09:00', windowId: 'w-2', staffId: 's1' }, to: { date: '2026-10-03', time: '10:00', windowId: 'w-2', staffId: 's2' } },
      '原定2026年10月2日 09:00由周萍办理，改为2026年10月3日 10:00由孙强办理',
    ],
    [
      'another window',
      { from: { date: '2026-10-02', time: '09:00', windowId: 'w-2', staffId: 's1' }, to: { date: '2026-10-02', time: '10:00', windowId: 'w-3' } },
      '原定2026年10月2日 09:00由周萍办理，改为2026年10月2日 10:00由3号窗口（食品药品许可）办理（该窗口负责人分配人员）',
    ],
    ['no time agreed before', { from: { date: '2026-10-02', windowId: 'w-2' }, to: { date: '2026-10-04', time: '14:00', windowId: 'w-2', staffId: 's1' } }, '原定2026年10月2日由2号窗口（市场主体登记）办理，改为2026年10月4日 14:00由周萍办理'],
  ])('%s', (_case, sides, text) => {
    expect(say({ at: 0, by: 'sec', reason: '说明', ...sides })).toBe(text)
  })
})
