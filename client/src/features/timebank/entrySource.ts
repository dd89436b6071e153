import type { LeaveStatus, TimeBankEntry } from '@shared/time-bank'

const SOURCE_NAMES: Record<TimeBankEntry['source']['type'], string> = {
  duty: '周末值班',
  appointment: '节假日预约服务',
  assist: '节假日预约配合办理',
  leave: '调休',
  correction: '更正',
}

/** Where an entry came from, in words (R24: every entry traces to its source). */
export function entrySource(entry: Pick<TimeBankEntry, 'source' | 'note'>): string {
  const name = SOURCE_NAMES[entry.source.type]
  return entry.note ? `${name}：${entry.note}` : name
}

export const LEAVE_STATUS_NAMES: Record<LeaveStatus, string> = { pending: '待审批', approved: '已批准', rejected: '已驳回' }
