import { useState } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { useItemNames } from './useItemNames'

/** 投诉处理 (R20): open complaints soonest deadline first, or all of them. */
export function useComplaintsDesk() {
  const [filter, setFilter] = useState<'open' | 'all'>('open')
  const complaints = useCloudQuery('section', 'complaints.list', { filter })
  const names = useItemNames()
  return { filter, setFilter, complaints, names }
}
