import { useState } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { useItemNames } from './useItemNames'

/**
 * 评价与回访 (R20): the section's bad reviews to follow up (open ones, or
 * every review), and the completed appointments still awaiting a return visit.
 */
export function useFollowUps() {
  const [filter, setFilter] = useState<'open' | 'all'>('open')
  const reviews = useCloudQuery('section', 'reviews.list', { filter })
  const visits = useCloudQuery('section', 'visits.pending', {})
  const names = useItemNames()
  return { filter, setFilter, reviews, visits, names }
}
