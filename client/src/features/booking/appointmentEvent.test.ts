import { DEFAULT_CENTER } from '@shared/settings'
import { appointmentEvent, icsText } from './appointmentEvent'

const at = (iso: string) => Date.parse(iso) / 1000

describe('an appointment in the phone calendar (issue 16, item 10)', () => {
  it('spans the half-day asked for, in Beijing time, until the window agrees the time', () => {
    const event = appointmentEvent({ date: '2026-10-02', halfDay: 'am' }, ['社会保障卡申领与补换'], DEFAULT_CENTER)
    expect(event).toMatchObject({ title: '政务服务中心预约办理：社会保障卡申领与补换', allDay: false })
    expect(event.startTime).toBe(at('2026-10-02T08:30:00+08:00'))
    expect(event.endTime).toBe(at('2026-10-02T12:00:00+08:00'))
    expect(event.location).toContain(DEFAULT_CENTER.address)
    expect(event.description).toContain('以窗口工作人员电话确认为准')
  })

  it('starts at the preferred time within the afternoon', () => {
    const event = appointmentEvent({ date: '2026-10-02', halfDay: 'pm', preferredTime: '14:30' }, ['A', 'B'], DEFAULT_CENTER)
    expect(event.title).toBe('政务服务中心预约办理：A、B')
    expect(event.startTime).toBe(at('2026-10-02T14:30:00+08:00'))
    expect(event.endTime).toBe(at('2026-10-02T17:00:00+08:00'))
  })

  it('takes the agreed time and planned minutes once confirmed (R11)', () => {
    const event = appointmentEvent({ date: '2026-10-02', halfDay: 'am', agreedTime: '09:00', plannedMinutes: 40 }, ['A'], DEFAULT_CENTER)
    expect(event.startTime).toBe(at('2026-10-02T09:00:00+08:00'))
    expect(event.endTime).toBe(at('2026-10-02T09:40:00+08:00'))
    expect(event.description).not.toContain('确认为准')
  })

  it('is the whole day when neither a half-day nor a time was asked for', () => {
    expect(appointmentEvent({ date: '2026-10-02' }, ['A'], DEFAULT_CENTER).allDay).toBe(true)
  })

  it('writes an .ics file in UTC with its text escaped', () => {
    const event = appointmentEvent({ date: '2026-10-02', halfDay: 'am' }, ['A,B'], DEFAULT_CENTER)
    const ics = icsText(event, 'a-1', Date.parse('2026-09-30T08:00:00Z'))
    expect(ics).toContain('DTSTART:20261002T003000Z\r\n')
    expect(ics).toContain('DTEND:20261002T040000Z\r\n')
    expect(ics).toContain('SUMMARY:政务服务中心预约办理：A\\,B\r\n')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true)
  })
})
