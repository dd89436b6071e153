import { Text } from '@tarojs/components'
import Taro from '@tarojs/taro'
import type { AppointmentView } from '@shared/appointments'
import { ActionButton } from '../../components/ActionButton'
import { recordUrl } from './recordUrl'

/** A force majeure report in the inbox (R17): what happened, and the way on — the record page, where the section reschedules. */
export function ForceMajeureEntry({ appointment }: { appointment: AppointmentView }) {
  return (
    <>
      {appointment.forceMajeure && <Text className="line">情况说明：{appointment.forceMajeure.note}</Text>}
      <ActionButton className="btn-primary section-big-button" onClick={() => void Taro.navigateTo({ url: recordUrl(appointment.id) })}>
        安排改期
      </ActionButton>
    </>
  )
}
