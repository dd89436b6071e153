import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { AppointmentView } from '@shared/appointments'
import type { CenterSettings } from '@shared/settings'
import { ActionButton } from '../../components/ActionButton'
import { CenterAddress } from '../center/CenterAddress'
import { addToPhoneCalendar, type CalendarOutcome } from './addToPhoneCalendar'
import { appointmentEvent } from './appointmentEvent'
import { requestedWhen } from './appointmentWhen'

const OUTCOME_TEXT: Record<CalendarOutcome, string> = {
  added: '已添加到手机日历，办理前一天会提醒您。',
  downloaded: '已下载日历文件，打开即可添加到手机日历。',
  failed: '未能添加到日历，请在手机日历中手动记下办理日期。',
}

interface Props {
  appointment: AppointmentView
  itemNames: readonly string[]
  /** The appointment's reference number (预约编号) once the record carries one; shown when given. */
  referenceNo?: string
  center?: CenterSettings
}

/**
 * What a citizen sees right after booking (issue 16, item 10): 预约成功, the
 * reference number to quote, the day, what happens next (R11), the day into the
 * phone's calendar, and where the center is with 导航 (R25).
 */
export function BookingSuccess({ appointment, itemNames, referenceNo, center }: Props) {
  const [outcome, setOutcome] = useState<CalendarOutcome>()
  return (
    <>
      <View className="card booking-success">
        <Text className="booking-success__headline">预约成功</Text>
        {referenceNo && <Text className="line booking-success__ref">预约编号 {referenceNo}</Text>}
        <Text className="line">预约日期：{requestedWhen(appointment)}</Text>
        {itemNames.length > 0 && <Text className="line">办理事项：{itemNames.join('、')}</Text>}
        <Text className="line muted">接下来：窗口工作人员会在节假日前打电话给您，告知要带的材料，并确认具体办理时间。</Text>
        {center && (
          <ActionButton
            className="btn-primary"
            onClick={() => void addToPhoneCalendar(appointmentEvent(appointment, itemNames, center), appointment.id).then(setOutcome)}
          >
            添加到手机日历
          </ActionButton>
        )}
        {outcome && <Text className={outcome === 'failed' ? 'line error-text' : 'line muted'}>{OUTCOME_TEXT[outcome]}</Text>}
      </View>
      {center && <CenterAddress center={center} />}
    </>
  )
}
