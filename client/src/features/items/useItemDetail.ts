import Taro, { useShareAppMessage } from '@tarojs/taro'
import { useCallback, useMemo } from 'react'
import { isHolidayBookable } from './isHolidayBookable'
import { materialListText } from './materialListText'
import { serviceWindowsOf } from './serviceWindowsOf'
import { useItem } from './useItem'

/** The booking form for one item (预约节假日办理, R4). */
export const bookingUrl = (itemId: string) => `/packages/citizen/pages/book/index?itemId=${encodeURIComponent(itemId)}`

/**
 * Everything the item page shows and does: the item (or that it does not
 * exist), its windows in order, whether it can be booked for a holiday, copying the materials, and the
 * WeChat share card (转发) that names the item.
 */
export function useItemDetail(id: string) {
  const query = useItem(id)
  const data = query.data
  const windows = useMemo(() => (data ? serviceWindowsOf(data.item, data.windows) : []), [data])
  const name = data?.item.name

  const copyMaterials = useCallback(() => {
    if (data) void Taro.setClipboardData({ data: materialListText(data.item, windows) })
  }, [data, windows])

  const book = useCallback(() => {
    void Taro.navigateTo({ url: bookingUrl(id) })
  }, [id])

  useShareAppMessage(() => ({
    title: name ? `${name}：所需材料和办理窗口` : '沂源县政务服务事项',
    path: `/packages/citizen/pages/item/index?id=${encodeURIComponent(id)}`,
  }))

  return {
    ...query,
    // A missing or malformed id finds nothing either: retrying will not help.
    notFound: query.error?.code === 'NOT_FOUND' || query.error?.code === 'INVALID_INPUT',
    item: data?.item,
    windows,
    bookable: data ? isHolidayBookable(data.item) : false,
    copyMaterials,
    book,
  }
}
