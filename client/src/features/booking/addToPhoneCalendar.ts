import Taro from '@tarojs/taro'
import { browserDownloader, type Downloader } from '../supervision/exportCsv'
import { icsText, type CalendarEvent } from './appointmentEvent'

/** What the citizen is told after 添加到手机日历. */
export type CalendarOutcome = 'added' | 'downloaded' | 'failed'

/**
 * Puts the appointment into the phone's calendar. The mini-program asks
 * WeChat (`addPhoneCalendar`, which asks the user's leave); the H5 build has
 * no such API outside WeChat, so it downloads an `.ics` file, which phones
 * open in their calendar app (docs/rules.md, R25).
 */
export async function addToPhoneCalendar(
  event: CalendarEvent,
  uid: string,
  platform: string = process.env.TARO_ENV ?? '',
  downloader: Downloader = browserDownloader,
): Promise<CalendarOutcome> {
  if (platform === 'h5') {
    const url = downloader.createObjectURL(new Blob([icsText(event, uid, Date.now())], { type: 'text/calendar;charset=utf-8' }))
    downloader.click(url, '政务服务预约.ics')
    setTimeout(() => downloader.revokeObjectURL(url), 10_000)
    return 'downloaded'
  }
  try {
    await Taro.addPhoneCalendar({
      title: event.title,
      startTime: event.startTime,
      // WeChat takes Unix seconds here as for startTime; Taro's type says string.
      endTime: event.endTime as unknown as string,
      allDay: event.allDay,
      location: event.location,
      description: event.description,
      alarm: true,
      alarmOffset: 24 * 60 * 60,
    })
    return 'added'
  } catch {
    return 'failed'
  }
}
