import { useMemo, useState } from 'react'
import { holidayDays } from '../booking/holidayDays'
import { messageAsk, subscribeTemplatesOf } from '../booking/subscribeTemplates'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { queueGroups } from './queueGroups'
import { DONE_STATUSES } from './queueStatuses'
import type { Answer } from '../../api/cloud'

type Queue = Answer<'counter', 'queue.list'>
type Entry = Queue['items'][number]

/** The queue's two tabs: work still to do, and work the window has finished. */
export type QueueTab = 'todo' | 'done'

/**
 * The caller's window queue (`counter` `queue.list`), optionally of one
 * holiday day, a page at a time: 待办 (the statuses still worked on, grouped
 * by status over every page read so far) and 已办 (`DONE_STATUSES`, newest
 * first), each with its count from the server (`total`), not from what is
 * loaded; the days offered are those of the coming holidays (`catalog`
 * `calendar.upcoming`), since appointments are for holidays only (R4); and,
 * from the same answer, the templates staff allow for their messages.
 */
export function useQueue() {
  const [date, setDate] = useState<string>()
  const [tab, setTab] = useState<QueueTab>('todo')
  const todo = useCloudPages<Entry, Queue>('counter', 'queue.list', date ? { date } : {})
  const done = useCloudPages<Entry, Queue>('counter', 'queue.list', { statuses: DONE_STATUSES, ...(date ? { date } : {}) })
  const upcoming = useCloudQuery('catalog', 'calendar.upcoming')
  const days = useMemo(() => (upcoming.data?.holidays ?? []).flatMap(holidayDays), [upcoming.data])
  const groups = useMemo(() => queueGroups(todo.data?.items ?? []), [todo.data])
  const messages = useMemo(() => messageAsk(subscribeTemplatesOf(upcoming.data), 'staff'), [upcoming.data])
  const shown = tab === 'todo' ? todo : done
  return {
    ...shown,
    groups,
    finished: done.data?.items ?? [],
    counts: { todo: todo.data?.total, done: done.data?.total },
    tab,
    setTab,
    days,
    date,
    setDate,
    messages,
  }
}
