import { MAX_PAGE_SIZE } from '@shared/api'
import { useMemo } from 'react'
import { messageAsk, subscribeTemplatesOf } from '../booking/subscribeTemplates'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { inboxGroups } from './inboxGroups'

type Inbox = Answer<'section', 'inbox.list'>

/**
 * The section's inbox (R9, R16, R17): what waits for it, a page at a time,
 * grouped over every page read so far, with the departments and items the
 * dispatch form needs to offer windows, and the templates the section
 * allows for its messages (`calendar.upcoming`).
 */
export function useInbox() {
  const inbox = useCloudPages<Inbox['items'][number], Inbox>('section', 'inbox.list')
  const departments = useCloudQuery('catalog', 'departments.list', {})
  const items = useCloudQuery('catalog', 'items.list', { limit: MAX_PAGE_SIZE })
  const upcoming = useCloudQuery('catalog', 'calendar.upcoming')
  const groups = useMemo(() => inboxGroups(inbox.data?.items ?? []), [inbox.data])
  const messages = useMemo(() => messageAsk(subscribeTemplatesOf(upcoming.data), 'section'), [upcoming.data])
  return {
    messages,
    inbox,
    groups,
    departments: departments.data?.departments ?? [],
    items: items.data?.items ?? [],
  }
}
