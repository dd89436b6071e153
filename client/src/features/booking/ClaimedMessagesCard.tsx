import { useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { MessagesCard } from '../messages/MessagesCard'
import { subscribeTemplatesOf } from './subscribeTemplates'

/**
 * After a claim (R7) the registrations carry the citizen's OPENID, so their
 * confirmation, change and reminder reach WeChat as for a booking made in
 * the app — once the citizen allows them, which the booking form asks on
 * submit and this card asks with one tap (docs/platform.md: the ask must
 * open the tap).
 */
export function ClaimedMessagesCard() {
  const upcoming = useCloudQuery('catalog', 'calendar.upcoming')
  const templates = useMemo(() => subscribeTemplatesOf(upcoming.data), [upcoming.data])
  const ask = useMemo(() => ({ templates: templates.citizen, longTerm: templates.citizen.length > 0 && templates.citizen.every((id) => templates.longTerm.includes(id)) }), [templates])
  return <MessagesCard ask={ask} when="预约确认、变更和办理前一天" what="预约进度通知" />
}
