import { Input, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { ApiError } from '@shared/api'
import type { TimeSpan } from '@shared/calendar'
import type { DutyHalf } from '@shared/duty'
import { ActionButton } from '../../components/ActionButton'
import { FieldError } from '../../components/FieldError'
import { formatMonthDay } from '../calendar/formatCivilDate'
import { halfDayLabel } from './halfDayLabel'
import type { RosterLine } from './rosterDays'

/** Reasons the section most often gives for a window not opening; tapping one fills the field (R23). */
const COMMON_REASONS = ['本窗口人员外出培训', '本窗口人员病假', '系统或设备检修'] as const

/**
 * The panel of one window's half-day, opened from the roster where the gap
 * is shown (R2, R21, R22, R23): who is on (removable before check-in), the
 * window's own staff to add, colleagues of other windows of the department
 * to cover (顶岗), and — while nobody is on that day — the section's decision
 * that the window does not open, with its reason, or opening it again.
 */
export function RosterSlotPanel({
  date,
  half,
  line,
  canDecide,
  walkInHours,
  busy,
  done,
  error,
  fieldErrors,
  onAdd,
  onRemove,
  onClose,
  onReopen,
  onDismiss,
}: {
  date: string
  half: DutyHalf
  line: RosterLine
  /** The section decides closed days (R21, R23); a window leader is told so instead. */
  canDecide: boolean
  walkInHours: readonly TimeSpan[]
  busy: boolean
  done: string
  error?: ApiError
  fieldErrors: Record<string, string>
  onAdd: (staffId: string, leads: boolean, name: string) => void
  onRemove: (shiftId: string) => void
  onClose: (reason: string) => void
  onReopen: () => void
  onDismiss: () => void
}) {
  const [reason, setReason] = useState('')
  const cell = line.cells.find((c) => c.half === half) ?? line.cells[0]
  const on = new Set(cell.shifts.map((s) => s.staffId))
  const own = line.window.staff.filter((s) => !on.has(s.id))
  const cover = line.cover.filter((s) => !on.has(s.id))
  const dayEmpty = line.cells.every((c) => c.shifts.length === 0)
  const title = `${formatMonthDay(date)} ${line.closure ? '全天' : halfDayLabel(half, walkInHours)} · ${line.window.number}号窗口 ${line.window.name}`
  const leadsIf = (leader: boolean) => leader && !cell.leader
  return (
    <View className="duty-panel">
      <Text className="duty-panel__title">{title}</Text>
      {done && <Text className="line duty-panel__done">{done}</Text>}
      {error && Object.keys(fieldErrors).length === 0 && <Text className="line error-text">{error.message}</Text>}
      {line.closure ? (
        <View>
          <Text className="line">{`管理科已决定当天不开放：${line.closure.reason}`}</Text>
          <Text className="line muted">督查不计无人值班；群众查询时不显示该窗口。</Text>
          {canDecide && (
            <ActionButton className="btn-secondary" disabled={busy} onClick={onReopen}>
              恢复开放
            </ActionButton>
          )}
        </View>
      ) : (
        <View>
          {cell.shifts.length === 0 && <Text className="line error-text">这个时段还没有人值班。</Text>}
          {cell.shifts.map((s) => (
            <View key={s.id} className="duty-panel__person">
              <Text className="duty-panel__name">{`${s.staffName}${s.leads ? '（带班）' : ''}${s.coversFromWindowId ? '（顶岗）' : ''}`}</Text>
              {s.checkInAt === undefined ? (
                <ActionButton className="btn-secondary duty-panel__small" disabled={busy} onClick={() => onRemove(s.id)}>
                  移除
                </ActionButton>
              ) : (
                <Text className="muted">已签到</Text>
              )}
            </View>
          ))}
          {own.length > 0 && <Text className="duty-panel__label">本窗口人员</Text>}
          <View className="duty-panel__chips">
            {own.map((s) => (
              <Text key={s.id} className="chip duty-chip" onClick={() => !busy && onAdd(s.id, leadsIf(s.leader), s.name)}>
                {`+ ${s.name}${leadsIf(s.leader) ? '（带班）' : ''}`}
              </Text>
            ))}
          </View>
          {line.window.staff.length === 0 && <Text className="line muted">本窗口没有自己的工作人员：可由同部门其他窗口人员顶岗，或由管理科决定当天不开放。</Text>}
          {cover.length > 0 && <Text className="duty-panel__label">同部门其他窗口顶岗</Text>}
          <View className="duty-panel__chips">
            {cover.map((s) => (
              <Text key={s.id} className="chip duty-chip" onClick={() => !busy && onAdd(s.id, leadsIf(s.leader), s.name)}>
                {`+ ${s.name}（${s.windowNumber}号窗口）${leadsIf(s.leader) ? '（带班）' : ''}`}
              </Text>
            ))}
          </View>
          <FieldError message={fieldErrors.staffId ?? fieldErrors.leads} />
          {dayEmpty && !canDecide && <Text className="line muted">无人可排时，请报管理科决定当天是否开放。</Text>}
          {dayEmpty && canDecide && (
            <View className="duty-panel__close">
              <Text className="duty-panel__label">无人可排：当天不开放</Text>
              <Text className="line muted">由管理科决定并写明原因，督查不计无人值班，群众查询时不显示该窗口。</Text>
              <View className="duty-panel__chips">
                {COMMON_REASONS.map((r) => (
                  <Text key={r} className={reason === r ? 'chip chip--on duty-chip' : 'chip duty-chip'} onClick={() => setReason(r)}>
                    {r}
                  </Text>
                ))}
              </View>
              <Input className="admin-input" placeholder="不开放原因" value={reason} maxlength={100} onInput={(e) => setReason(e.detail.value)} />
              <FieldError message={fieldErrors.reason} />
              <ActionButton className="btn-secondary" disabled={busy} onClick={() => onClose(reason)}>
                确认当天不开放
              </ActionButton>
            </View>
          )}
        </View>
      )}
      <Text className="link duty-panel__dismiss" onClick={onDismiss}>
        收起
      </Text>
    </View>
  )
}
