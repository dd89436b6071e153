import { useMemo } from 'react'
import { timelineLines } from '../booking/timelineLines'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { useMe } from '../session/useMe'
import { counterActions } from './counterActions'

/**
 * One appointment as its window works on it: the full record (`booking`
 * `appointments.get`), its timeline, the steps the caller may take
 * (`counterActions`), and from the queue of that day the suggested times
 * (R12).
 */
export function useCounterAppointment(id: string) {
  const query = useCloudQuery('booking', 'appointments.get', { appointmentId: id })
  const me = useMe()
  const appointment = query.data?.appointment
  const queue = useCloudQuery('counter', 'queue.list', appointment ? { date: appointment.date } : {})
  const entries = queue.data?.items
  const entry = useMemo(() => entries?.find((e) => e.id === id), [entries, id])
  const actions = appointment && me.data ? counterActions(appointment, me.data) : []
  const timeline = useMemo(() => timelineLines(appointment?.timeline ?? []), [appointment])
  const { reload: reloadRecord } = query
  const { reload: reloadQueue } = queue
  const reload = useMemo(
    () => () => {
      reloadRecord()
      reloadQueue()
    },
    [reloadRecord, reloadQueue],
  )
  return {
    loading: query.loading,
    error: query.error,
    appointment,
    items: entry?.items,
    assignedStaff: entry?.assignedStaff,
    suggestedTimes: entry?.suggestedTimes ?? [],
    me: me.data,
    actions,
    timeline,
    reload,
  }
}
