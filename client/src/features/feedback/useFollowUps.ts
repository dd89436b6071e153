import { useState } from 'react'
import { useCloudPages } from '../cloud/useCloudPages'
import type { PendingVisitsAnswer, ReviewsAnswer } from './types'
import { useItemNames } from './useItemNames'

/**
 * 评价与回访 (R20): the section's bad reviews to follow up (open ones, or
 * every review), and the completed appointments still awaiting a return visit,
 * each a page at a time.
 */
export function useFollowUps() {
  const [filter, setFilter] = useState<'open' | 'all'>('open')
  const reviews = useCloudPages<ReviewsAnswer['items'][number], ReviewsAnswer>('section', 'reviews.list', { filter })
  const visits = useCloudPages<PendingVisitsAnswer['items'][number], PendingVisitsAnswer>('section', 'visits.pending')
  const names = useItemNames()
  return { filter, setFilter, reviews, visits, names }
}
