import { useMemo } from 'react'
import { requestedWhen } from '../booking/appointmentWhen'
import { itemNamesOf } from '../booking/itemNamesOf'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { subscribeTemplatesOf } from '../booking/subscribeTemplates'
import { useComplaintForm } from './useComplaintForm'
import { useItemNames } from './useItemNames'

/** 我的投诉 (R20): my complaints with their outcomes, a page at a time, and the form to file one about one of my appointments or not. */
export function useMyComplaints() {
  const complaints = useCloudPages<Answer<'booking', 'complaints.mine'>['items'][number]>('booking', 'complaints.mine')
  const mine = useCloudQuery('booking', 'appointments.mine', {})
  const names = useItemNames()
  // the answer's template (R20): the app asks for it on the tap that files the complaint
  const upcoming = useCloudQuery('catalog', 'calendar.upcoming', {})
  const answerTemplates = useMemo(() => subscribeTemplatesOf(upcoming.data).complainant ?? [], [upcoming.data])
  const form = useComplaintForm(complaints.reload, answerTemplates)
  const appointments = useMemo(() => mine.data?.appointments ?? [], [mine.data])
  const labels = useMemo(() => new Map(appointments.map((a) => [a.id, `${itemNamesOf(a.itemIds, names)} ${requestedWhen(a)}`])), [appointments, names])
  return { complaints, appointments, names, form, aboutOf: (id?: string) => (id ? (labels.get(id) ?? '') : undefined) }
}
