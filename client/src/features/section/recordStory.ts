import { TIMELINE_EVENT_NAMES, type SectionRecordAnswer } from '@shared/appointments'
import { formatBeijingTime } from '../admin/formatBeijingTime'

/** One line of an appointment's story, in Chinese with names (R8): when, what, who, and the note. */
export interface StoryLine {
  key: string
  when: string
  text: string
  note?: string
}

/**
 * The steps of an appointment as the section reads them (R8, R9, R13): each
 * step with its time, its name and who took it by name (申请人 for the
 * applicant's own), each re-dispatch with both windows and the staff it
 * released. A name the record no longer knows reads 工作人员, never an id.
 *
 * @example recordStory(record)[0] // { when: '2026年9月28日 10:00', text: '提交预约 · 申请人', … }
 */
export function recordStory(record: SectionRecordAnswer): StoryLine[] {
  const { appointment, staffNames, windowNames } = record
  const who = (id: string) => (id === 'applicant' ? '申请人' : (staffNames[id] ?? '工作人员'))
  const window = (id: string) => windowNames[id] ?? '已删除的窗口'
  const redispatches = [...(appointment.redispatches ?? [])]
  return appointment.timeline.map((step, i) => {
    const line: StoryLine = { key: `${i}-${step.at}`, when: formatBeijingTime(step.at), text: `${TIMELINE_EVENT_NAMES[step.event] ?? '办理'} · ${who(step.by)}` }
    if (step.event === 'redispatch') {
      const r = redispatches.shift()
      if (r) {
        const released = r.fromStaffId ? `，撤回原经办人${who(r.fromStaffId)}的分配` : ''
        line.text = `改派 · ${who(r.by)}：从${window(r.fromWindowId)}改派至${window(r.toWindowId)}${released}`
      }
    }
    if (step.event === 'dispatch' && appointment.parts.length > 0) {
      // the windows of the first dispatch: the first re-dispatch's origin, else the current lead
      const lead = appointment.redispatches?.[0]?.fromWindowId ?? appointment.leadWindowId
      if (lead) line.text = `${line.text}：派至${window(lead)}`
    }
    if (step.note) line.note = step.note
    return line
  })
}
