import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { useMemo } from 'react'
import { ErrorNotice } from '../../../../components/ErrorNotice'
import { Notice } from '../../../../components/Notice'
import { Page } from '../../../../components/Page'
import { BookingForm } from '../../../../features/booking/BookingForm'
import { presetOf } from '../../../../features/booking/bookUrl'
import { useBookingForm } from '../../../../features/booking/useBookingForm'
import { useLargeText } from '../../../../features/settings/useLargeText'

/** 预约节假日办理: the items, a holiday day open for booking, and who to contact (R6, R7, R8); from an item, from home (a holiday), or 重新预约. */
export default function BookPage() {
  const { largeText } = useLargeText()
  const params = useRouter().params
  const preset = useMemo(() => presetOf(params), [params])
  const form = useBookingForm(preset)
  const items = form.presetItems
  const error = items.error ?? form.calendar.error
  const ready = !items.loading && form.choices
  return (
    <Page largeText={largeText}>
      <View className="card">
        <Text className="card__title">预约节假日办理</Text>
        {!form.picking && form.itemNames.length > 0 && <Text className="line">办理事项：{form.itemNames.join('、')}</Text>}
        {form.picking && <Text className="line muted">请先选择要办理的事项，再选择日期。</Text>}
      </View>
      {error && (
        <ErrorNotice
          error={error}
          onRetry={() => {
            items.reload()
            form.calendar.reload()
          }}
        />
      )}
      {!error && !ready && <Notice>正在加载…</Notice>}
      {!error && ready && form.presetDropped.length > 0 && form.bookable && (
        <Notice tone="warn">{form.presetDropped.join('、')}不提供节假日预约，本次不含该事项。</Notice>
      )}
      {!error && ready && items.missing > 0 && <Notice tone="warn">原预约中有事项已不在办事清单中，本次不含该事项。</Notice>}
      {!error && ready && !form.bookable && <Notice tone="warn">该事项不提供节假日预约，请在工作日或周末到大厅办理。</Notice>}
      {!error && ready && form.bookable && <BookingForm form={form} />}
    </Page>
  )
}
