import Taro from '@tarojs/taro'
import { useCallback, useMemo, useState } from 'react'
import { canSeePhone, type AppointmentView } from '@shared/appointments'
import { timelineLines } from '../booking/timelineLines'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { useMe } from '../session/useMe'
import { counterActions } from './counterActions'
import { stepSuccess } from './stepSuccess'
import { stepsThatApply } from './stepTiming'
import type { CounterStep } from './useCounterStep'

/**
 * One appointment as its window works on it (`counter` `queue.entry`): the
 * record with its items and every material to tell (R11), the assigned
 * staff's name, the suggested times of the whole day (R12), its timeline, the
 * steps the caller may take now (`counterActions`, then those that apply at
 * the server's clock, `stepsThatApply`), whether the caller may dial the
 * applicant (`canSeePhone`), and the last step's success message, shown as a
 * toast and kept on the page (issue 16).
 */
export function useCounterAppointment(id: string) {
  const query = useCloudQuery('counter', 'queue.entry', { appointmentId: id })
  const me = useMe()
  const entry = query.data?.entry
  const [success, setSuccess] = useState<string>()
  const actions = useMemo(
    () => (entry && me.data && query.data ? stepsThatApply(counterActions(entry, me.data), entry, query.data.now) : []),
    [entry, me.data, query.data],
  )
  const canCall = useMemo(() => {
    const staff = me.data?.staff
    if (!entry || !staff) return false
    return canSeePhone({ id: staff.id, openid: '', roles: me.data?.roles ?? [], ...(staff.windowId ? { windowId: staff.windowId } : {}), isApplicant: false }, entry)
  }, [entry, me.data])
  const timeline = useMemo(() => timelineLines(entry?.timeline ?? []), [entry])
  const onDone = useCallback((step: CounterStep, answered: AppointmentView, staffName?: string) => {
    const said = stepSuccess(step, answered, staffName)
    setSuccess(said.line)
    void Taro.showToast({ title: said.toast, icon: 'success', duration: 2000 })
    // the line sits at the top of the page, above the step that was just taken
    void Taro.pageScrollTo({ scrollTop: 0, duration: 300 }).catch(() => undefined)
  }, [])
  return {
    loading: query.loading,
    error: query.error,
    appointment: entry,
    items: entry?.items,
    itemsToTell: entry?.itemsToTell ?? [],
    assignedStaff: entry?.assignedStaff,
    suggestedTimes: entry?.suggestedTimes ?? [],
    serviceHours: query.data?.serviceHours ?? [],
    me: me.data,
    actions,
    canCall,
    timeline,
    success,
    onDone,
    reload: query.reload,
  }
}
