import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import { ActionButton } from '../../components/ActionButton'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { LEAVE_STATUS_NAMES } from './entrySource'
import { formatMinutes } from './formatMinutes'
import { APPROVER_NAMES, type LeaveRequest } from '@shared/time-bank'

/** One leave request: when, how long, who covers (and, for the section, from which windows), its state and who decides it. */
export function LeaveRow({ leave, showName = false, where }: { leave: LeaveRequest; showName?: boolean; where?: string }) {
  return (
    <View className="counter-row">
      <Text className="line">
        {`${showName ? `${leave.staffName} · ` : ''}${formatMonthDay(leave.date)} ${leave.start}–${leave.end}（${formatMinutes(leave.minutes)}）`}
        <Text className={leave.status === 'approved' ? 'admin-tag admin-tag--ok' : leave.status === 'rejected' ? 'admin-tag admin-tag--archived' : 'admin-tag'}>
          {LEAVE_STATUS_NAMES[leave.status]}
        </Text>
      </Text>
      {where && <Text className="line">{where}</Text>}
      <Text className="line muted">
        {`顶岗：${leave.coverName} · 事由：${leave.reason}${leave.status === 'pending' ? ` · 由${APPROVER_NAMES[leave.approver ?? 'leader']}审批` : ''}${leave.note ? ` · 审批意见：${leave.note}` : ''}`}
      </Text>
    </View>
  )
}

/** A request the window leader signs off (R24): approve, or reject with a note. */
export function DecideRow({
  leave,
  where,
  busy,
  onDecide,
}: {
  leave: LeaveRequest
  where?: string
  busy: boolean
  onDecide: (decision: 'approve' | 'reject', note: string) => void
}) {
  const [note, setNote] = useState('')
  return (
    <View>
      <LeaveRow leave={leave} showName where={where} />
      <Input className="admin-input" value={note} placeholder="驳回时请填写理由" onInput={(e) => setNote(e.detail.value)} />
      <View className="admin-actions">
        <ActionButton className="btn-primary" disabled={busy} onClick={() => onDecide('approve', note)}>
          批准
        </ActionButton>
        <ActionButton className="btn-secondary" disabled={busy} onClick={() => onDecide('reject', note)}>
          驳回
        </ActionButton>
      </View>
    </View>
  )
}
