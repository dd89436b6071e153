import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../components/ActionButton'
import { Notice } from '../../components/Notice'
import { describeMaterial } from '../items/describeMaterial'
import { windowLabel } from '../items/windowLabel'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { agreedWhen, requestedWhen } from './appointmentWhen'
import { bookUrl } from './bookUrl'
import { CancelDialog } from './CancelDialog'
import { materialsHeading } from './materialsHeading'
import { timelineLines } from './timelineLines'
import type { useAppointment } from './useAppointment'
import type { AppointmentView } from '@shared/appointments'
import { applicantName } from '@shared/appointments'

type Detail = ReturnType<typeof useAppointment>

/** One appointment as its applicant follows it: state, what to bring (or that nothing is needed now), when, where, history and what they can do. */
export function AppointmentDetail({ detail, appointment }: { detail: Detail; appointment: AppointmentView }) {
  const cancelled = appointment.status === 'cancelled'
  return (
    <>
      <View className="card">
        <View className="appointment-row__head">
          <Text className="card__title">节假日预约</Text>
          <Text className={`appointment-status appointment-status--${appointment.status}`}>{appointment.statusText}</Text>
        </View>
        <ReferenceNoLine referenceNo={appointment.referenceNo} />
        <Text className="line">预约日期：{requestedWhen(appointment)}</Text>
        {/* A cancelled appointment waits for nothing: no 待窗口联系确认, no 待派单. */}
        {(!cancelled || appointment.agreedTime) && <Text className="line">{agreedWhen(appointment)}</Text>}
        {(!cancelled || detail.leadWindow) && <Text className="line">办理窗口：{detail.leadWindow ? windowLabel(detail.leadWindow) : '待派单'}</Text>}
        <Text className="line">申请人：{applicantName(appointment.applicant)} {appointment.applicant.phone}</Text>
        {appointment.note && <Text className="line muted">备注：{appointment.note}</Text>}
        {appointment.cancellation && <Text className="line muted">取消原因：{appointment.cancellation.reason}</Text>}
      </View>
      {cancelled && (
        <View className="card">
          <Text className="line">仍需办理？可按原事项重新预约，日期可重新选择。</Text>
          <ActionButton
            className="btn-primary"
            onClick={() => void Taro.navigateTo({ url: bookUrl({ itemIds: appointment.itemIds, date: appointment.date }) })}
          >
            重新预约
          </ActionButton>
        </View>
      )}
      {detail.notice && <Notice tone="warn">{detail.notice}</Notice>}
      {detail.items.map(({ item }) => (
        <View key={item.id} className="card">
          <Text className="card__title">{item.name}</Text>
          <Text className="line">{materialsHeading(appointment.status)}</Text>
          {item.materials.map((m) => (
            <Text key={m.name} className="line">
              · {m.name}（{describeMaterial(m)}）{m.note ? `：${m.note}` : ''}
            </Text>
          ))}
          {item.notes && <Text className="line muted">{item.notes}</Text>}
        </View>
      ))}
      <View className="card">
        <Text className="card__title">办理进度</Text>
        {timelineLines(appointment.timeline).map((line) => (
          <View key={`${line.when}${line.what}`} className="appointment-step">
            <Text className="line muted">{line.when}</Text>
            <Text className="line">{line.what}</Text>
            {line.note && <Text className="line muted">{line.note}</Text>}
          </View>
        ))}
      </View>
      {detail.writeError && <Text className="line error-text">{detail.writeError.message}</Text>}
      {detail.canAcknowledge && (
        <View className="card">
          <Text className="line">窗口已办结。请核对办理结果，确认后本次预约归档备案。</Text>
          <ActionButton className="btn-primary" disabled={detail.busy} onClick={() => void detail.acknowledge()}>
            {detail.busy ? '正在提交…' : '确认办结'}
          </ActionButton>
        </View>
      )}
      {detail.canCancel && (
        <View className="card">
          <Text className="card__title">如不能前来，请取消预约</Text>
          <ActionButton className="btn-secondary" disabled={detail.busy} onClick={detail.openCancel}>
            取消预约
          </ActionButton>
        </View>
      )}
      {detail.cancelling && detail.canCancel && (
        <CancelDialog
          chosen={detail.chosenReason}
          onChoose={detail.setChosenReason}
          typed={detail.typedReason}
          onType={detail.setTypedReason}
          error={detail.reasonError ?? detail.writeError?.message}
          busy={detail.busy}
          onKeep={detail.keep}
          onConfirm={() => void detail.cancel()}
        />
      )}
    </>
  )
}
