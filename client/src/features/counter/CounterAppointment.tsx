import { Text, View } from '@tarojs/components'
import Taro from '@tarojs/taro'
import { ActionButton } from '../../components/ActionButton'
import { Notice } from '../../components/Notice'
import { agreedWhen, requestedWhen } from '../booking/appointmentWhen'
import { MarkNoShowStep, RecordAttemptStep } from '../scheme/NoShowSteps'
import { PaperSignStep } from '../records/PaperSignStep'
import { ReferenceNoLine } from '../records/ReferenceNoLine'
import { AssignStep } from './AssignStep'
import { ForceMajeureStep, MarkLateStep, ProposeChangeStep } from './ChangeSteps'
import { ConfirmStep } from './ConfirmStep'
import { registrationFormUrl } from './counterUrls'
import { CompleteStep, ConfirmPartStep, StartStep } from './ServiceSteps'
import type { useCounterAppointment } from './useCounterAppointment'
import { serviceTimes } from './workTimes'
import type { AppointmentView } from '@shared/appointments'
import { applicantName } from '@shared/appointments'

type Detail = ReturnType<typeof useCounterAppointment>

/** One appointment as the window sees it: the record, its history, and the steps the caller may take now. */
export function CounterAppointment({ detail, appointment }: { detail: Detail; appointment: AppointmentView }) {
  const { actions, reload, onDone } = detail
  const step = { appointment, reload, onDone }
  return (
    <>
      {detail.success && <Notice>{detail.success}</Notice>}
      <View className="card">
        <View className="appointment-row__head">
          <Text className="card__title">工单详情</Text>
          <Text className={`appointment-status appointment-status--${appointment.status}`}>{appointment.statusText}</Text>
        </View>
        <ReferenceNoLine referenceNo={appointment.referenceNo} />
        {detail.items && <Text className="line">{`事项：${detail.items.map((i) => i.name).join('、')}`}</Text>}
        <Text className="line">{`预约日期：${requestedWhen(appointment)}`}</Text>
        <Text className="line">{agreedWhen(appointment)}</Text>
        {appointment.plannedMinutes !== undefined && <Text className="line">{`计划时长：${appointment.plannedMinutes}分钟`}</Text>}
        <Text className="line">{`申请人：${applicantName(appointment.applicant)} ${appointment.applicant.phone}`}</Text>
        {/* a name, never the staff record's id (issue 16) */}
        <Text className="line">{`经办人：${detail.assignedStaff?.name ?? (appointment.assignedStaffId ? '已分配' : '待分配')}`}</Text>
        {appointment.note && <Text className="line muted">备注：{appointment.note}</Text>}
        {appointment.contact && <Text className="line muted">联系记录：{appointment.contact.note || '已联系'}</Text>}
        {/* R16: a move the applicant asked for says so */}
        {appointment.change && <Text className="line muted">{`${appointment.change.byApplicant ? '申请人申请改期，' : ''}变更原因：${appointment.change.reason}`}</Text>}
        {appointment.outcome && (
          <>
            <Text className="line">{`办理结果：${appointment.outcome.result}`}</Text>
            <Text className="line muted">{`办理时间：${serviceTimes(appointment.outcome)}`}</Text>
          </>
        )}
      </View>
      {actions.includes('assign') && <AssignStep {...step} selfId={detail.me?.staff?.id} />}
      {actions.includes('confirm') && (
        <ConfirmStep {...step} suggestedTimes={detail.suggestedTimes} serviceHours={detail.serviceHours} itemsToTell={detail.itemsToTell} canCall={detail.canCall} />
      )}
      {actions.includes('confirmPart') && <ConfirmPartStep {...step} />}
      {actions.includes('start') && <StartStep {...step} />}
      {actions.includes('complete') && <CompleteStep {...step} />}
      {actions.includes('markLate') && <MarkLateStep {...step} />}
      {actions.includes('recordAttempt') && <RecordAttemptStep {...step} />}
      {actions.includes('markNoShow') && <MarkNoShowStep {...step} />}
      {actions.includes('paperSign') && <PaperSignStep {...step} />}
      {actions.includes('proposeChange') && <ProposeChangeStep {...step} />}
      {actions.includes('forceMajeure') && <ForceMajeureStep {...step} />}
      {actions.includes('print') && (
        <ActionButton className="counter-print" onClick={() => void Taro.navigateTo({ url: registrationFormUrl(appointment.id) })}>
          打印登记表
        </ActionButton>
      )}
      <View className="card">
        <Text className="card__title">办理记录</Text>
        {detail.timeline.map((line) => (
          <View key={`${line.when}${line.what}`} className="appointment-step">
            <Text className="line muted">{line.when}</Text>
            <Text className="line">{line.what}</Text>
            {line.note && <Text className="line muted">{line.note}</Text>}
          </View>
        ))}
      </View>
    </>
  )
}
