import { useMemo, useState } from 'react'
import { holidayDays } from '../booking/holidayDays'
import { messageAsk, subscribeTemplatesOf } from '../booking/subscribeTemplates'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { queueGroups } from './queueGroups'
import type { Answer } from '../../api/cloud'

type Queue = Answer<'counter', 'queue.list'>

/**
 * The caller's window queue (`counter` `queue.list`), optionally of one
 * holiday day, a page at a time, grouped by status over every page read so
 * far; the days offered are those of the coming holidays (`catalog`
 * `calendar.upcoming`), since appointments are for holidays only (R4); and,
 * from the same answer, the templates staff allow for their messages.
 */
export function useQueue() {
  const [date, setDate] = useState<string>()
  const query = useCloudPages<Queue['items'][number], Queue>('counter', 'queue.list', date ? { date } : {})
  const upcoming = useCloudQuery('catalog', 'calendar.upcoming')
  const days = useMemo(() => (upcoming.data?.holidays ?? []).flatMap(holidayDays), [upcoming.data])
  const groups = useMemo(() => queueGroups(query.data?.items ?? []), [query.data])
  const messages = useMemo(() => messageAsk(subscribeTemplatesOf(upcoming.data), 'staff'), [upcoming.data])
  return { ...query, groups, days, date, setDate, messages }
}
