import { Text, View } from '@tarojs/components'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { agreedWhen, requestedWhen } from './appointmentWhen'
import type { AppointmentView } from '@shared/appointments'

/** One of the citizen's appointments in 我的预约: the items, the day, the state. */
export function AppointmentRow({ appointment, itemNames, onOpen }: { appointment: AppointmentView; itemNames: string; onOpen: () => void }) {
  return (
    <View className="card appointment-row" onClick={onOpen}>
      <View className="appointment-row__head">
        <Text className="card__title">{itemNames}</Text>
        <Text className={`appointment-status appointment-status--${appointment.status}`}>{appointment.statusText}</Text>
      </View>
      <ReferenceNoLine referenceNo={appointment.referenceNo} muted />
      <Text className="line">{requestedWhen(appointment)}</Text>
      {appointment.agreedTime && <Text className="line muted">{agreedWhen(appointment)}</Text>}
    </View>
  )
}
