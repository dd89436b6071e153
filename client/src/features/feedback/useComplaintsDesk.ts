import { useState } from 'react'
import type { ComplaintsAnswer } from '@shared/feedback'
import { useCloudPages } from '../cloud/useCloudPages'
import { useItemNames } from './useItemNames'

/** 投诉处理 (R20): open complaints soonest deadline first, or all of them, a page at a time. */
export function useComplaintsDesk() {
  const [filter, setFilter] = useState<'open' | 'all'>('open')
  const complaints = useCloudPages<ComplaintsAnswer['items'][number], ComplaintsAnswer>('section', 'complaints.list', { filter })
  const names = useItemNames()
  return { filter, setFilter, complaints, names }
}
