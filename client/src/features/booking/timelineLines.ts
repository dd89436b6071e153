import { statusName, TIMELINE_EVENT_NAMES, type ActorKind, type TimelineEntry } from '@shared/appointments'
import { formatBeijingTime } from '../admin/formatBeijingTime'

/** Who took a step, in the words of docs/rules.md's "Who" table. */
const ACTOR_NAMES: Record<ActorKind, string> = {
  applicant: '申请人',
  desk: '咨询台',
  section: '管理科',
  leader: '窗口负责人',
  staff: '窗口工作人员',
}

export interface TimelineLine {
  when: string
  what: string
  note?: string
}

/**
 * The appointment's history as the applicant reads it, oldest first, each
 * step with Beijing time, who and what (R8); staff openids are not shown.
 *
 * @example timelineLines([{ at: Date.parse('2026-09-30T16:59:00+08:00'), byRole: 'applicant', event: 'request', status: 'submitted', by: 'o-1' }])
 * // [{ when: '2026年9月30日 16:59', what: '申请人 提交预约 → 已提交' }]
 */
export function timelineLines(timeline: readonly TimelineEntry[]): TimelineLine[] {
  return [...timeline]
    .sort((a, b) => a.at - b.at)
    .map((entry) => ({
      when: formatBeijingTime(entry.at),
      what: `${ACTOR_NAMES[entry.byRole]} ${TIMELINE_EVENT_NAMES[entry.event]} → ${statusName(entry.status)}`,
      ...(entry.note ? { note: entry.note } : {}),
    }))
}
