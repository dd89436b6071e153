import { MAX_PAGE_SIZE } from '@shared/api'
import Taro from '@tarojs/taro'
import { useCallback, useMemo } from 'react'
import { useCloudQuery } from '../cloud/useCloudQuery'
import { appointmentUrl } from './appointmentUrl'
import { itemNamesOf } from './itemNamesOf'
import { useMyAppointments } from './useMyAppointments'

/** 我的预约: the caller's appointments with their items' names, and opening one. */
export function useMineList() {
  const mine = useMyAppointments()
  const list = useCloudQuery('catalog', 'items.list', { limit: MAX_PAGE_SIZE })
  const names = useMemo(() => new Map((list.data?.items ?? []).map((i) => [i.id, i.name])), [list.data])
  const open = useCallback((id: string) => void Taro.navigateTo({ url: appointmentUrl(id) }), [])
  return { ...mine, appointments: mine.data?.appointments, namesOf: (itemIds: readonly string[]) => itemNamesOf(itemIds, names), open }
}
