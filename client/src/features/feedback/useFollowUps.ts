import { useState } from 'react'
import type { Answer } from '../../api/cloud'
import { useCloudPages } from '../cloud/useCloudPages'
import { useItemNames } from './useItemNames'

type Reviews = Answer<'section', 'reviews.list'>
type Visits = Answer<'section', 'visits.pending'>

/**
 * 评价与回访 (R20): the section's bad reviews to follow up (open ones, or
 * every review), and the completed appointments still awaiting a return visit,
 * each a page at a time.
 */
export function useFollowUps() {
  const [filter, setFilter] = useState<'open' | 'all'>('open')
  const reviews = useCloudPages<Reviews['items'][number], Reviews>('section', 'reviews.list', { filter })
  const visits = useCloudPages<Visits['items'][number], Visits>('section', 'visits.pending')
  const names = useItemNames()
  return { filter, setFilter, reviews, visits, names }
}
